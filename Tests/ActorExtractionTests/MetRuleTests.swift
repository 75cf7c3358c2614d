import ActorExtraction
import Testing

@Suite("met: meetings, talks, calls, visits")
struct MetRuleTests {
    @Test("a meeting verb between two named people", arguments: [
        "Foreign Minister Lena Varga met Prime Minister Tomas Holm in Oslo on Tuesday.",
        "Foreign Minister Lena Varga held talks with Prime Minister Tomas Holm in Oslo.",
        "Foreign Minister Lena Varga spoke by phone with Prime Minister Tomas Holm.",
        "Foreign Minister Lena Varga hosted Prime Minister Tomas Holm for dinner.",
        "Prime Minister Tomas Holm was received by Foreign Minister Lena Varga at the palace.",
    ])
    func meetingVerb(_ sentence: String) {
        #expect(Extract.relations(sentence) == ["Lena Varga met Tomas Holm"])
    }

    @Test("a plural subject that met gives every pair")
    func coordinatedSubject() {
        let text = "The foreign ministers of Chile, Peru and Bolivia met in Lima on Monday."
        #expect(Extract.relations(text) == [
            "Bolivian foreign minister met Chilean foreign minister",
            "Bolivian foreign minister met Peruvian foreign minister",
            "Chilean foreign minister met Peruvian foreign minister",
        ])
    }

    @Test("an office resolves to the person the article names for it")
    func roleToPerson() {
        let text = """
            The foreign ministers of Chile and Peru met in Lima on Monday.
            Chilean Foreign Minister Ana Soto said the talks were useful. Peruvian Foreign Minister Raul Vega agreed.
            """
        #expect(Extract.relations(text) == ["Ana Soto met Raul Vega"])
    }

    @Test("talks between two parties")
    func between() {
        Extract.check("Talks between the Taliban and the Afghan government resumed in Doha.", gives: ["Afghan government met Taliban"])
    }

    @Test("a possessive meeting names its owner through the pronoun")
    func possessiveMeeting() {
        let text = "The remarks came from Defense Minister Karl Berg during his meeting with Chancellor Olaf Scholz."
        #expect(Extract.relations(text) == ["Karl Berg met Olaf Scholz"])
    }

    @Test("what did not happen is not a meeting", arguments: [
        "Foreign Minister Lena Varga did not meet Prime Minister Tomas Holm.",
        "Foreign Minister Lena Varga will meet Prime Minister Tomas Holm next month.",
        "Foreign Minister Lena Varga is scheduled to meet Prime Minister Tomas Holm in May.",
        "Foreign Minister Lena Varga may meet Prime Minister Tomas Holm if time allows.",
        "If Foreign Minister Lena Varga meets Prime Minister Tomas Holm, the deal could move.",
        "Foreign Minister Lena Varga has not agreed to meet Prime Minister Tomas Holm.",
        "Talks between Chile and Peru are scheduled to begin on Friday.",
        "Foreign Minister Lena Varga hopes to meet Prime Minister Tomas Holm soon.",
    ])
    func notAMeeting(_ sentence: String) {
        #expect(Extract.relations(sentence).isEmpty)
    }

    @Test("a trip's purpose counts when the travellers arrived")
    func travelPurpose() {
        let text = "A Taliban delegation arrived in Beijing on Tuesday to meet Foreign Minister Wang Yi."
        #expect(Extract.relations(text) == ["Taliban met Wang Yi"])
    }
}

@Suite("met: the two leaders")
struct TwoLeadersTests {
    @Test("'the two leaders' are the two people mentioned last")
    func twoLeaders() {
        let text = """
            Kenyan President William Ruto flew to Addis Ababa on Sunday. Ethiopian Prime Minister Abiy Ahmed
            welcomed the visit. The two leaders met for three hours and agreed to reopen the border.
            """
        #expect(Extract.relations(text) == ["Abiy Ahmed met William Ruto"])
    }
}

@Suite("met: phone calls")
struct PhoneCallTests {
    @Test("a call held with someone is a meeting; 'called X' alone is not read as one (courtesy calls are support in PLOVER)")
    func call() {
        #expect(Extract.relations("Chancellor Olaf Scholz held a phone call with French President Emmanuel Macron on Monday.")
            == ["Emmanuel Macron met Olaf Scholz"])
        #expect(Extract.relations("Chancellor Olaf Scholz called French President Emmanuel Macron on Monday to congratulate him.")
            .isEmpty)
    }

    @Test("naming and courtesy calls are not meetings", arguments: [
        "Chancellor Olaf Scholz called the Taliban a danger to the region.",
        "The ministers criticized what they called China's aggressive behaviour.",
        "Chancellor Olaf Scholz called French President Emmanuel Macron on Monday to congratulate him.",
    ])
    func notCalls(_ sentence: String) {
        #expect(!Extract.relations(sentence).contains { $0.contains(" met ") })
    }
}
