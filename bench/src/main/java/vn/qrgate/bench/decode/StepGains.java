package vn.qrgate.bench.decode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.bench.decode.Corpus.Photo;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.GreyTransforms;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder.Step;

/**
 * What each step of QrFrameDecoder adds: steps switched on one by one in pipeline order, and each one
 * left out of the full decoder, over both sets at all four rotations; then the steps the photographs
 * cannot show (inverted codes, large frames, the previous position) on frames made from them.
 */
final class StepGains {

    private static final int[] ROTATIONS = {0, 90, 180, 270};

    private StepGains() {
    }

    static void print(Map<String, List<Photo>> sets, int repeats) {
        List<Photo> all = new ArrayList<>();
        for (List<Photo> photos : sets.values()) {
            for (int degrees : ROTATIONS) {
                all.addAll(DecodeRate.rotated(photos, degrees));
            }
        }
        System.out.println();
        System.out.println("Each step's gain over both sets at all four rotations (" + all.size() + " images):");
        System.out.println();
        System.out.println("| decoder | read | median ms | mean ms | p99 ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        Map<String, Set<Step>> configs = new LinkedHashMap<>();
        EnumSet<Step> cumulative = EnumSet.noneOf(Step.class);
        configs.put("plain ZXing reading (HybridBinarizer only)", EnumSet.copyOf(cumulative));
        for (Step step : List.of(Step.GLOBAL_HISTOGRAM, Step.QUARTER_TURN, Step.DOUBLED, Step.RESAMPLE)) {
            cumulative.add(step);
            configs.put("+ " + step, EnumSet.copyOf(cumulative));
        }
        for (Step step : List.of(Step.GLOBAL_HISTOGRAM, Step.QUARTER_TURN, Step.DOUBLED, Step.RESAMPLE, Step.INVERTED)) {
            EnumSet<Step> without = EnumSet.allOf(Step.class);
            without.remove(step);
            configs.put("all but " + step, without);
        }
        configs.put("all steps", EnumSet.allOf(Step.class));
        for (Map.Entry<String, Set<Step>> config : configs.entrySet()) {
            row(config.getKey(), DecodeRate.time(all, repeats, withSteps(config.getValue())));
        }

        List<Photo> inverted = new ArrayList<>();
        List<Photo> large = new ArrayList<>();
        for (List<Photo> photos : sets.values()) {
            for (Photo p : photos) {
                inverted.add(new Photo(p.name(), invert(p.grey()), p.expected()));
                if (p.grey().width() >= 640) {
                    large.add(new Photo(p.name(), GreyTransforms.doubled(p.grey(), null), p.expected()));
                }
            }
        }
        System.out.println();
        System.out.println("Light-on-dark codes (every photo at 0°, grey levels inverted, " + inverted.size() + " images):");
        System.out.println();
        System.out.println("| decoder | read | median ms | mean ms | p99 ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        row("plain ZXing reading", DecodeRate.time(inverted, repeats, withSteps(EnumSet.noneOf(Step.class))));
        row("all but INVERTED", DecodeRate.time(inverted, repeats, withSteps(allBut(Step.INVERTED))));
        row("all steps", DecodeRate.time(inverted, repeats, withSteps(EnumSet.allOf(Step.class))));

        System.out.println();
        System.out.println("Large frames (the 640x480 photos at 1280x960, " + large.size() + " images):");
        System.out.println();
        System.out.println("| decoder | read | median ms | mean ms | p99 ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        row("all but HALF_SIZE_FOR_LARGE", DecodeRate.time(large, repeats, withSteps(allBut(Step.HALF_SIZE_FOR_LARGE))));
        row("all steps", DecodeRate.time(large, repeats, withSteps(EnumSet.allOf(Step.class))));

        System.out.println();
        System.out.println("A code that stays in view: the second frame of each photo (0°), one decoder per photo:");
        System.out.println();
        System.out.println("| decoder | read | median ms | mean ms | p99 ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        List<Photo> upright = new ArrayList<>();
        sets.values().forEach(upright::addAll);
        row("all but PREVIOUS_POSITION", secondFrame(upright, repeats, allBut(Step.PREVIOUS_POSITION)));
        row("all steps", secondFrame(upright, repeats, EnumSet.allOf(Step.class)));
    }

    private static void row(String name, Timings t) {
        System.out.println("| " + name + " | " + t.rate() + " | " + Timings.ms(t.medianMs()) + " | " + Timings.ms(t.meanMs())
                + " | " + Timings.ms(t.p99Ms()) + " |");
    }

    private static EnumSet<Step> allBut(Step step) {
        EnumSet<Step> steps = EnumSet.allOf(Step.class);
        steps.remove(step);
        return steps;
    }

    private static java.util.function.Function<LumaFrame, Optional<String>> withSteps(Set<Step> steps) {
        return frame -> new QrFrameDecoder(steps).decode(frame).map(DecodedCode::text);
    }

    /** Each photo decoded once to set the previous position, then timed on its next (identical) frame. */
    private static Timings secondFrame(List<Photo> photos, int repeats, Set<Step> steps) {
        long[] nanos = new long[photos.size()];
        int read = 0;
        for (int i = 0; i < photos.size(); i++) {
            Photo photo = photos.get(i);
            long[] runs = new long[repeats];
            boolean correct = false;
            for (int r = 0; r < repeats; r++) {
                QrFrameDecoder decoder = new QrFrameDecoder(steps);
                decoder.decode(photo.grey());
                long start = System.nanoTime();
                Optional<DecodedCode> code = decoder.decode(photo.grey());
                runs[r] = System.nanoTime() - start;
                correct = code.isPresent() && code.get().text().equals(photo.expected());
            }
            read += correct ? 1 : 0;
            nanos[i] = DecodeRate.median(runs);
        }
        return new Timings(read, photos.size(), nanos);
    }

    private static LumaFrame invert(LumaFrame f) {
        byte[] out = new byte[f.width() * f.height()];
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                out[y * f.width() + x] = (byte) ~f.data()[f.offset() + y * f.rowStride() + x];
            }
        }
        return LumaFrame.packed(out, f.width(), f.height());
    }
}
