package vn.qrgate.gateway.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT as a request to stop, handled by the program instead of the JVM's default (which
 * would run shutdown hooks and exit with 143). So {@code run} can stop cleanly and exit 0, as systemd
 * expects of a service it stopped. Reached through reflection: {@code sun.misc.Signal} is supported (module
 * jdk.unsupported) but javac warns on every direct use. Where it is missing, the caller's shutdown hook does
 * the same work (exit status 143).
 */
final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /** True when both signals now call {@code onStop} (on a JVM signal thread). */
    static boolean install(Runnable onStop) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            InvocationHandler call = (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                    onStop.run();
                    return null;
                }
                if (method.getName().equals("toString")) {
                    return "qrgate-gateway stop handler";
                }
                if (method.getName().equals("hashCode")) {
                    return System.identityHashCode(proxy);
                }
                if (method.getName().equals("equals")) {
                    return proxy == args[0];
                }
                return null;
            };
            Object proxy = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler}, call);
            for (String name : new String[] {"TERM", "INT"}) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                signal.getMethod("handle", signal, handler).invoke(null, sig, proxy);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("cannot handle SIGTERM/SIGINT directly ({}); the shutdown hook stops the gateway", e.toString());
            return false;
        }
    }
}
