import ActorExtraction
import Testing

@Suite("warned and supported")
struct WarnedAndSupportedRuleTests {
    @Test("warnings go from the speaker to the one warned", arguments: [
        "President Elena Duma warned Moscow against any new incursion.",
        "President Elena Duma threatened Russia with new sanctions.",
        "President Elena Duma issued a stern warning to the Kremlin on Friday.",
    ])
    func warned(_ sentence: String) {
        #expect(Extract.relations(sentence) == ["Elena Duma warned Russia"])
    }

    @Test("support, backing and pledges", arguments: [
        "Japan pledged financial and technical support for Ukraine on Monday.",
        "Japan backed Ukraine in the dispute.",
        "Japan strongly supports the efforts of Ukraine to rebuild.",
        "Japan will continue to support Ukraine, officials said.",
        "Japan promised new aid to Ukraine.",
    ])
    func supported(_ sentence: String) {
        Extract.check(sentence, gives: ["Japan supported Ukraine"])
    }

    @Test("a relative clause names its antecedent as the subject")
    func relativeClause() {
        #expect(Extract.relations("Analysts pointed to Iran, which continues to back the Houthis.")
            == ["Iran supported Houthis"])
    }

    @Test("a reported 'it' is the reporter")
    func reportedPronoun() {
        #expect(Extract.relations("Washington says it will continue to support the Afghan government.")
            == ["United States supported Afghan government"])
    }

    @Test("page furniture and hopes are not support", arguments: [
        "Please contact our support team for help.",
        "Support us by subscribing today.",
        "Japan may send aid to Ukraine if the winter is hard.",
        "Japan is considering support for Ukraine.",
        "Japan did not back Ukraine in the vote.",
    ])
    func notSupport(_ sentence: String) {
        #expect(Extract.relations(sentence).isEmpty)
    }

    @Test("welcoming someone's decision is support; welcoming a visitor is not")
    func welcomed() {
        #expect(Extract.relations("The European Union welcomed Armenia's decision to free the prisoners.")
            == ["European Union supported Armenia"])
        #expect(Extract.relations("The European Union welcomed Armenia to the summit.").isEmpty)
    }
}
