package vn.qrgate.protocol.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.topic.DeviceTopic.Channel;

class TopicsTest {

    private static final DeviceId GATE = new DeviceId("gate-01");

    @Test
    void per_device_topics_are_the_ones_of_the_contract() {
        assertThat(Topics.checkins(GATE)).isEqualTo("qrgate/v1/devices/gate-01/checkins");
        assertThat(Topics.acks(GATE)).isEqualTo("qrgate/v1/devices/gate-01/acks");
        assertThat(Topics.status(GATE)).isEqualTo("qrgate/v1/devices/gate-01/status");
        assertThat(Topics.config(GATE)).isEqualTo("qrgate/v1/devices/gate-01/config");
    }

    @Test
    void shared_topics_are_the_ones_of_the_contract() {
        assertThat(Topics.DENYLIST).isEqualTo("qrgate/v1/denylist");
        assertThat(Topics.TRUST).isEqualTo("qrgate/v1/trust");
        assertThat(Topics.REVOCATIONS).isEqualTo("qrgate/v1/revocations");
        assertThat(Topics.GATEWAY_SHARED_CHECKINS).isEqualTo("$share/qrgate-gateway/qrgate/v1/devices/+/checkins");
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void every_per_device_topic_parses_back_to_its_device_and_channel(Channel channel) {
        String topic = new DeviceTopic(GATE, channel).topic();

        assertThat(Topics.parse(topic)).contains(new DeviceTopic(GATE, channel));
    }

    @Test
    void the_builders_and_the_parser_agree() {
        assertThat(Topics.parse(Topics.checkins(GATE))).map(DeviceTopic::channel).contains(Channel.CHECKINS);
        assertThat(Topics.parse(Topics.acks(GATE))).map(DeviceTopic::channel).contains(Channel.ACKS);
        assertThat(Topics.parse(Topics.status(GATE))).map(DeviceTopic::channel).contains(Channel.STATUS);
        assertThat(Topics.parse(Topics.config(GATE))).map(DeviceTopic::channel).contains(Channel.CONFIG);
        assertThat(Topics.parse(Topics.config(GATE))).map(DeviceTopic::device).contains(GATE);
    }

    @Test
    void the_subscription_filter_matches_checkins_of_any_device() {
        String filter = Topics.GATEWAY_SHARED_CHECKINS.substring("$share/qrgate-gateway/".length());
        String topic = Topics.checkins(new DeviceId("bus-29b-001"));

        assertThat(topic).matches(filter.replace("+", "[^/]+"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "qrgate/v1/denylist",
        "qrgate/v1/trust",
        "qrgate/v1/revocations",
        "qrgate/v1/devices/gate-01",
        "qrgate/v1/devices/gate-01/",
        "qrgate/v1/devices/gate-01/events",
        "qrgate/v1/devices/gate-01/CHECKINS",
        "qrgate/v1/devices/gate-01/checkins/extra",
        "qrgate/v1/devices/gate-01/checkins/",
        "qrgate/v1/devices//checkins",
        "qrgate/v1/devices/Gate-01/checkins",
        "qrgate/v1/devices/ab/checkins",
        "qrgate/v1/devices/+/checkins",
        "qrgate/v1/devices/#",
        "qrgate/v1/devices/gate-01/extra/checkins",
        "qrgate/v2/devices/gate-01/checkins",
        "/qrgate/v1/devices/gate-01/checkins",
        "$share/qrgate-gateway/qrgate/v1/devices/gate-01/checkins",
        "other/v1/devices/gate-01/checkins"
    })
    void anything_else_is_not_a_device_topic(String topic) {
        assertThat(Topics.parse(topic)).isEmpty();
    }
}
