package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyAddressTest {

    private static final ReplyAddress ADDRESSES = new ReplyAddress("sixteen+ bytes of test key".getBytes());
    private static final ReplyAddress OTHER_SERVER = new ReplyAddress("another server's key, 16+ b".getBytes());

    @ParameterizedTest(name = "{0}, request {1}")
    @CsvSource({
            "foi@example.org, 1234, foi+ans-1234-",
            "campaign@mail.example.co.uk, 7, campaign+ans-7-",
            "team+foi@example.org, 99, team+foi+ans-99-",
            "'  foi@example.org ', 5, foi+ans-5-"})
    void each_request_gets_an_address_in_the_teams_mailbox(String mailbox, long id, String startsWith) {
        String address = ADDRESSES.forRequest(mailbox, id);

        assertThat(address).startsWith(startsWith).endsWith("@" + mailbox.strip().substring(mailbox.strip().indexOf('@') + 1));
        assertThat(address).matches(".*\\+ans-\\d+-[0-9a-f]{10}@.*");
        assertThat(ADDRESSES.requestIdIn(address)).contains(id);
    }

    @Test
    void the_address_is_the_same_every_time_so_later_letters_share_it() {
        assertThat(ADDRESSES.forRequest("foi@example.org", 42)).isEqualTo(ADDRESSES.forRequest("foi@example.org", 42));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'FOI+ANS-1234-SIG@EXAMPLE.ORG', upper-cased by a mail server",
            "'\"Team\" <foi+ans-1234-SIG@example.org>', inside a display name",
            "'Delivered-To: foi+ans-1234-SIG@example.org', in a header line"})
    void the_request_is_found_however_the_address_reaches_us(String shape, String why) {
        String signature = ADDRESSES.signature(1234);
        String address = shape.replace("SIG", shape.contains("ANS") ? signature.toUpperCase() : signature);

        assertThat(ADDRESSES.requestIdIn(address)).as(why).contains(1234L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"foi@example.org", "foi+ans-1234@example.org", "foi+ans-1234-0000000000@example.org",
            "foi+ans-abc-0123456789@example.org", "", "not an address"})
    void an_address_without_our_valid_signature_names_no_request(String address) {
        assertThat(ADDRESSES.requestIdIn(address)).isEmpty();
    }

    @Test
    void a_guessed_neighbour_address_is_refused() {
        String mine = ADDRESSES.forRequest("foi@example.org", 1000);
        String guessed = mine.replace("ans-1000-", "ans-1001-");

        assertThat(ADDRESSES.requestIdIn(guessed)).isEmpty();
    }

    @Test
    void another_servers_key_signs_differently() {
        String address = OTHER_SERVER.forRequest("foi@example.org", 1234);

        assertThat(ADDRESSES.requestIdIn(address)).isEqualTo(Optional.empty());
        assertThat(ADDRESSES.requestIdIn(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "@example.org", "foi@", "two words@example.org"})
    void a_mailbox_that_is_not_an_address_is_refused(String mailbox) {
        assertThatThrownBy(() -> ADDRESSES.forRequest(mailbox, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
