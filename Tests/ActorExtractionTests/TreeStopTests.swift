import ActorExtraction
import Testing

/// What keeps a trigger from stating a relation that happened: negation, modality, conditions,
/// plans and refusals, prospects and purposes. Each cue is tested both ways: sentences it stops,
/// and near ones where it stands elsewhere and the relation holds. An empty list means no relation.
@Suite("tree: cues that stop a relation")
struct TreeStopTests {
    @Test("negation of the trigger's clause stops it; negation elsewhere does not", arguments: [
        ("Kenya did not meet Uganda.", []),
        ("Japan didn't back Ukraine in the vote.", []),
        ("Kenya never met Uganda's envoy.", []),
        ("There were no talks between Kenya and Uganda.", []),
        ("Talks between Kenya and Uganda did not take place.", []),
        ("Kenya met Uganda but did not sign a deal.", ["Kenya met Uganda"]),
        ("Kenya met Uganda, though no deal was reached.", ["Kenya met Uganda"]),
        // The talks took place; what they did not do is another clause.
        ("The talks between Kenya and Uganda did not end the dispute.", ["Kenya met Uganda"]),
    ])
    func negation(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("a modal verb stops its own clause only", arguments: [
        ("Kenya will meet Uganda next week.", []),
        ("Kenya would hold talks with Uganda.", []),
        ("Japan may back Ukraine in the vote.", []),
        ("Kenya could meet Uganda soon.", []),
        ("Kenya met Uganda and will meet Rwanda next week.", ["Kenya met Uganda"]),
        ("Japan backed Ukraine, which may help Moldova.", ["Japan supported Ukraine"]),
    ])
    func modality(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("'will continue to support' is support now; 'will start to' is not", arguments: [
        ("Japan will continue to support Ukraine.", ["Japan supported Ukraine"]),
        ("Japan will keep supporting Ukraine.", ["Japan supported Ukraine"]),
        ("Japan would continue to back Ukraine, its envoy said.", ["Japan supported Ukraine"]),
        ("Japan will start to support Ukraine next year.", []),
        ("Japan will begin to back Ukraine next year.", []),
    ])
    func continuation(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("a condition stops the clauses below it, not the main clause it hangs from", arguments: [
        ("If Kenya meets Uganda, the border may reopen.", []),
        ("Unless Japan backs Ukraine, the plan will fail.", []),
        ("The border will reopen once Kenya meets Uganda.", []),
        ("When Kenya met Uganda, the border reopened.", ["Kenya met Uganda"]),
        ("Kenya met Uganda to ask whether the border could reopen.", ["Kenya met Uganda"]),
    ])
    func condition(_ sentence: String, _ expected: [String]) {
        Extract.check(sentence, gives: expected)
    }

    @Test("plans, hopes, failures, refusals, cancellations and requests govern the trigger; other verbs do not", arguments: [
        ("Kenya plans to meet Uganda next week.", []),
        ("Kenya is expected to meet Uganda on Friday.", []),
        ("Kenya hopes to hold talks with Uganda.", []),
        ("Kenya was unable to meet Uganda.", []),
        ("Kenya refused to meet Uganda.", []),
        ("Kenya cancelled the meeting with Uganda.", []),
        ("Kenya called for talks with Uganda.", []),
        ("Talks between Kenya and Uganda were cancelled.", []),
        ("The meeting between Kenya and Uganda was postponed until May.", []),
        ("Talks between Kenya and Uganda are scheduled to begin on Friday.", []),
        ("Kenya met Uganda as planned.", ["Kenya met Uganda"]),
        ("Kenya resumed talks with Uganda on Friday.", ["Kenya met Uganda"]),
        ("Kenya met Uganda after it had refused to meet Rwanda.", ["Kenya met Uganda"]),
        // The talks took place and failed at something else.
        ("The talks between Kenya and Uganda failed to end the dispute.", ["Kenya met Uganda"]),
    ])
    func governor(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("a planned, upcoming or awaited meeting has not happened; a past one has", arguments: [
        ("The planned talks between Kenya and Uganda drew attention.", []),
        ("Kenya's upcoming meeting with Uganda drew criticism.", []),
        ("Kenya named a new envoy ahead of talks with Uganda.", []),
        ("Kenya held productive talks with Uganda.", ["Kenya met Uganda"]),
        ("Kenya and Uganda held their first talks in years.", ["Kenya met Uganda"]),
        ("The talks between Kenya and Uganda ended before dawn.", ["Kenya met Uganda"]),
    ])
    func prospect(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("'to meet' after a journey tells a meeting; after another verb only an aim", arguments: [
        ("Prime Minister Tomas Holm came to Nairobi to meet President Elena Duma.", ["Elena Duma met Tomas Holm"]),
        ("Prime Minister Tomas Holm flew to Riga on Monday to meet President Elena Duma.", ["Elena Duma met Tomas Holm"]),
        ("Prime Minister Tomas Holm wrote to the palace to meet President Elena Duma.", []),
        ("Prime Minister Tomas Holm cleared his schedule to meet President Elena Duma.", []),
        ("Prime Minister Tomas Holm pressed to meet President Elena Duma.", []),
    ])
    func purpose(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }
}
