import ActorExtraction
import Testing

@Suite("urged, criticized, assured, agreed, rejected")
struct OtherRelationTests {
    @Test("each neighbouring class has its own label", arguments: [
        ("Germany urged Iran to return to the talks.", "Germany urged Iran"),
        ("Germany condemned Iran for the attack.", "Germany criticized Iran"),
        ("Germany accused Iran of hiding the stockpile.", "Germany criticized Iran"),
        ("Germany assured Iran that the offer stands.", "Germany assured Iran"),
        ("Germany agreed with Iran on the new terms.", "Germany agreed Iran"),
        // An agreement signed by two parties is cooperation, which PLOVER counts as support.
        ("Germany signed a trade agreement with Iran on Friday.", "Germany supported Iran"),
        ("Germany rejected Iran's proposal.", "Germany rejected Iran"),
    ])
    func labels(_ sentence: String, _ expected: String) {
        #expect(Extract.relations(sentence) == [expected])
    }

    @Test("the same stops apply", arguments: [
        "Germany did not urge Iran to return.",
        "Germany may reject Iran's proposal.",
        "Germany is expected to sign an agreement with Iran.",
    ])
    func stopped(_ sentence: String) {
        #expect(Extract.relations(sentence).isEmpty)
    }
}

@Suite("clauses: datelines and 'and'")
struct ClauseTests {
    @Test("the subject is the one of the verb's own clause", arguments: [
        ("HARARE, Zimbabwe - Opposition leader Nelson Chamisa rejected President Emmerson Mnangagwa's victory.",
         ["Nelson Chamisa rejected Emmerson Mnangagwa"]),
        ("HARARE, Zimbabwe -- Opposition leader Nelson Chamisa rejected President Emmerson Mnangagwa's victory.",
         ["Nelson Chamisa rejected Emmerson Mnangagwa"]),
        ("Japan backed Ukraine on Monday and Chile met Peru.", ["Chile met Peru", "Japan supported Ukraine"]),
        ("Japan backed Ukraine and Chile met Peru.", ["Chile met Peru", "Japan supported Ukraine"]),
    ])
    func ownClause(_ sentence: String, _ expected: [String]) {
        Extract.check(sentence, gives: expected)
    }

    @Test("coordinated subjects stay together")
    func coordinated() {
        #expect(Extract.relations("China and Russia met in Beijing.") == ["China met Russia"])
    }
}

@Suite("shared subjects and denials")
struct SharedSubjectTests {
    @Test("a second verb after 'and' shares the first one's subject")
    func sharedSubject() {
        #expect(Extract.relations("The European Union said it supports Ukraine and condemned Russia.")
            == ["European Union criticized Russia", "European Union supported Ukraine"])
        #expect(Extract.relations("Germany condemned Iran and urged Iraq to act.")
            == ["Germany criticized Iran", "Germany urged Iraq"])
    }

    @Test("a denied meeting is not a meeting")
    func denial() {
        #expect(Extract.relations("Russian officials denied that President Vladimir Putin had met Alexander Lukashenko.").isEmpty)
    }
}
