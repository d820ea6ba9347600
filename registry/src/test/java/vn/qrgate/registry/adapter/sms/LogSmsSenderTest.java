package vn.qrgate.registry.adapter.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.people.PhoneNumber;

class LogSmsSenderTest {

    @Test
    void the_message_is_logged_with_the_phone_masked_so_the_demo_operator_can_read_the_code() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(LogSmsSender.class);
        logger.addAppender(logs);
        try {
            new LogSmsSender().send(PhoneNumber.parse("0905123456"), "QR Gate: ma dang nhap cua ban la 482913");
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("09******56", "482913").doesNotContain("0905123456");
    }
}
