package org.appeals.vk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.appeals.vk.settings.VkSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final VkSettings settings = new VkSettings("t", 201, "s", "c", "http://vk", "5.199",
            List.of("#ЦУР34"), false, 8188, "k", "w", "http://gw", Duration.ofMinutes(5));
    private final EventMapper mapper = new EventMapper(settings);

    @Test
    void aMessageWithAPhotoAndAPointKeepsTheLargestCopyAndTheCoordinates() {
        Inbound inbound = mapper.map(JSON.readTree("""
                {"type":"message_new","group_id":201,"object":{"message":{"id":55,"date":1764800000,
                 "peer_id":77,"from_id":77,"conversation_message_id":4,"text":"  Яма  ",
                 "geo":{"type":"point","coordinates":{"latitude":48.8,"longitude":44.5},"place":{"title":"Волгоград"}},
                 "attachments":[{"type":"photo","photo":{"sizes":[
                   {"type":"s","url":"https://p/s.jpg","width":75,"height":50},
                   {"type":"z","url":"https://p/z.jpg","width":1280,"height":960},
                   {"type":"x","url":"https://p/x.jpg","width":604,"height":453}]}}]}}}
                """)).orElseThrow();

        assertThat(inbound.externalId()).isEqualTo("msg77_4");
        assertThat(inbound.text()).isEqualTo("Яма");
        assertThat(inbound.authorId()).isEqualTo("vk-77");
        assertThat(inbound.attachments()).containsExactly("https://p/z.jpg");
        assertThat(inbound.location().lat()).isEqualTo(48.8);
        assertThat(inbound.location().address()).isEqualTo("Волгоград");
        assertThat(inbound.receivedAt()).isEqualTo(Instant.ofEpochSecond(1764800000));
        assertThat(inbound.replyTo()).containsEntry("peerId", "77").containsEntry("messageId", "55");
        assertThat(inbound.threadKey()).isEqualTo("peer:77");
    }

    @Test
    void aPhotoWithoutTextStillBecomesAnAppeal() {
        Inbound inbound = mapper.map(JSON.readTree("""
                {"type":"message_new","object":{"message":{"id":1,"peer_id":77,"from_id":77,
                 "conversation_message_id":1,"text":"","attachments":[{"type":"photo","photo":{
                 "orig_photo":{"url":"https://p/orig.jpg","width":4000,"height":3000},"sizes":[]}}]}}}
                """)).orElseThrow();

        assertThat(inbound.text()).isEqualTo(EventMapper.PHOTO_ONLY_TEXT);
        assertThat(inbound.attachments()).containsExactly("https://p/orig.jpg");
    }

    @Test
    void aCommentInAThreadBelongsToItsTopCommentAndThenToThePost() {
        Inbound inbound = mapper.map(JSON.readTree("""
                {"type":"wall_reply_new","object":{"id":9,"from_id":77,"post_id":5,"owner_id":-201,
                 "parents_stack":[3],"reply_to_comment":8,"text":"Когда?"}}
                """)).orElseThrow();

        assertThat(inbound.externalId()).isEqualTo("wall-201_5_c9");
        assertThat(inbound.threadKey()).isEqualTo("wall:-201_5:3");
        assertThat(inbound.answeredIn()).containsExactly("wall:-201_5:3", "wall:-201_5");
        assertThat(inbound.replyTo()).containsEntry("commentId", "9").containsEntry("threadCommentId", "3");
    }

    @Test
    void theCommunitysOwnCommentsAreNotAppeals() {
        assertThat(mapper.map(JSON.readTree("""
                {"type":"wall_reply_new","object":{"id":9,"from_id":-201,"post_id":5,"owner_id":-201,"text":"Ответ"}}
                """))).isEmpty();
    }

    @Test
    void onlyPostsWithAConfiguredHashtagAreAppealsSuggestedOnesIncluded() {
        assertThat(mapper.map(JSON.readTree("""
                {"type":"wall_post_new","object":{"id":40,"owner_id":-201,"from_id":77,"post_type":"suggest",
                 "text":"Подвал затоплен #цур34","geo":{"coordinates":"48.7 44.5"}}}
                """))).hasValueSatisfying(inbound -> {
                    assertThat(inbound.replyTo()).containsEntry("postType", "suggest").containsEntry("fromId", "77");
                    assertThat(inbound.location().lon()).isEqualTo(44.5);
                });
        assertThat(mapper.map(JSON.readTree("""
                {"type":"wall_post_new","object":{"id":41,"owner_id":-201,"from_id":77,"text":"#ЦУР345 погода"}}
                """))).isEmpty();
    }

    @Test
    void otherEventTypesAreIgnored() {
        assertThat(mapper.map(JSON.readTree("{\"type\":\"group_join\",\"object\":{\"user_id\":1}}"))).isEmpty();
    }
}
