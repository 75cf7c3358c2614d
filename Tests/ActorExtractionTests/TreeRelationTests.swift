import ActorExtraction
import Testing

/// Where the two actors of a relation sit in English sentences, read from the dependency tree.
/// Each construction is tested both ways: sentences where it states the relation, and near ones
/// where it states none, or states it of other actors. An empty list means no relation at all.
@Suite("tree: constructions that state a relation")
struct TreeRelationTests {
    @Test("a passive verb takes its source from the 'by' phrase", arguments: [
        ("Prime Minister Tomas Holm was received by President Elena Duma in Riga.", ["Elena Duma met Tomas Holm"]),
        ("Ukraine is backed by Japan.", ["Japan supported Ukraine"]),
        ("Iran was condemned by Germany for the attack.", ["Germany criticized Iran"]),
        // Without an agent nobody is the source, not even an actor named elsewhere in the sentence.
        ("Ukraine was backed in the vote, Japan said.", []),
        ("Iran was condemned at a meeting in Berlin, Germany said.", []),
    ])
    func passive(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("a controlled verb takes the subject of the verb it depends on", arguments: [
        ("President Elena Duma vowed to impose sanctions on Russia.", ["Elena Duma warned Russia"]),
        ("Japan went on to back Ukraine in the dispute.", ["Japan supported Ukraine"]),
        ("Kenya managed to meet Uganda before the vote.", ["Kenya met Uganda"]),
        // An agreement to back is a promise, not yet backing.
        ("Japan agreed to back Ukraine in the vote.", []),
    ])
    func control(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("a relative clause's subject or object is the noun it describes", arguments: [
        ("The Lakeside Liberation Front, which is backed by Rwanda, seized the town.",
         ["Rwanda supported Lakeside Liberation Front"]),
        ("Fighters of the Lakeside Liberation Front, who are backed by Rwanda, seized the town.",
         ["Rwanda supported Lakeside Liberation Front"]),
        ("The Lakeside Liberation Front, which Rwanda backs, seized the town.",
         ["Rwanda supported Lakeside Liberation Front"]),
        ("Uganda accused Rwanda, which backs the Lakeside Liberation Front.",
         ["Rwanda supported Lakeside Liberation Front", "Uganda criticized Rwanda"]),
        // The clause speaks of its own noun, not of the main clause's subject.
        ("Prime Minister Tomas Holm hosted Amina Odhiambo, who had criticized Ukraine.",
         ["Amina Odhiambo criticized Ukraine", "Amina Odhiambo met Tomas Holm"]),
    ])
    func relativeClause(_ sentence: String, _ expected: [String]) {
        Extract.check(sentence, gives: expected)
    }

    @Test("a participle after a noun describes that noun", arguments: [
        ("The Lakeside Liberation Front, backed by Rwanda, seized the town.",
         ["Rwanda supported Lakeside Liberation Front"]),
        ("Kenya criticized the Lakeside Liberation Front militia backed by Rwanda.",
         ["Kenya criticized Lakeside Liberation Front", "Rwanda supported Lakeside Liberation Front"]),
        // Fighters nobody names are no actor: Rwanda backed them, not Uganda.
        ("Fighters backed by Rwanda attacked Uganda.", []),
    ])
    func reducedRelative(_ sentence: String, _ expected: [String]) {
        Extract.check(sentence, gives: expected)
    }

    @Test("a pronoun subject of reported speech is the reporter; a named one is itself", arguments: [
        ("Japan said it backs Ukraine.", ["Japan supported Ukraine"]),
        ("Japan says it supports Ukraine in the dispute.", ["Japan supported Ukraine"]),
        ("Japan said that it had criticized Russia in private.", ["Japan criticized Russia"]),
        ("Japan said Ukraine had criticized Russia.", ["Ukraine criticized Russia"]),
    ])
    func reportedSpeech(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("talks between A and B: A met B; other things between them are no meeting", arguments: [
        ("Talks between Kenya and Uganda ended in Nairobi on Friday.", ["Kenya met Uganda"]),
        ("The negotiations between Kenya and Uganda lasted a week.", ["Kenya met Uganda"]),
        ("The trade between Kenya and Uganda grew last year.", []),
        ("The border between Kenya and Uganda was closed on Friday.", []),
    ])
    func talksBetween(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("A's meeting with B: A met B", arguments: [
        ("Kenya's meeting with Uganda ended without a deal.", ["Kenya met Uganda"]),
        ("President Elena Duma's meeting with Prime Minister Tomas Holm lasted two hours.", ["Elena Duma met Tomas Holm"]),
        ("The remarks were made by General Ivo Brandt, a member of the defence council, in his meeting with Kenyan envoy Amina Odhiambo in Nairobi.",
         ["Amina Odhiambo met Ivo Brandt"]),
        // A's report on a meeting is not A meeting; a meeting's place is not its partner.
        ("Kenya's meeting in Kampala ended late.", []),
        ("Kenya's report on the meeting between Uganda and Rwanda was brief.", ["Rwanda met Uganda"]),
    ])
    func possessiveMeeting(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("held talks with, had a meeting with: a light verb's subject meets the noun's partner", arguments: [
        ("President Elena Duma held talks with Prime Minister Tomas Holm in Riga.", ["Elena Duma met Tomas Holm"]),
        ("Kenya had a meeting with Uganda on Friday.", ["Kenya met Uganda"]),
        ("Kenya began negotiations with Uganda on Monday.", ["Kenya met Uganda"]),
        // Talks about someone are not talks with them.
        ("Kenya held talks about Uganda with business leaders.", []),
        ("Kenya criticized the talks with Uganda.", []),
    ])
    func lightVerb(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("coordinated subjects and objects each take part; a second verb keeps its own object", arguments: [
        ("Kenya and Uganda backed Rwanda.", ["Kenya supported Rwanda", "Uganda supported Rwanda"]),
        ("Japan backed Ukraine and Moldova.", ["Japan supported Moldova", "Japan supported Ukraine"]),
        ("Kenya, Uganda and Rwanda met in Nairobi.", ["Kenya met Rwanda", "Kenya met Uganda", "Rwanda met Uganda"]),
        ("Japan backed Ukraine and criticized Moldova.", ["Japan criticized Moldova", "Japan supported Ukraine"]),
        ("Japan criticized Moldova, and Ukraine backed Romania.", ["Japan criticized Moldova", "Ukraine supported Romania"]),
    ])
    func coordination(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("'his Kenyan counterpart Amina Odhiambo' is the named person", arguments: [
        ("Foreign Minister Tomas Holm met his Kenyan counterpart Amina Odhiambo in Oslo.", ["Amina Odhiambo met Tomas Holm"]),
        ("Foreign Minister Tomas Holm met his Kenyan counterpart, Amina Odhiambo, in Oslo.", ["Amina Odhiambo met Tomas Holm"]),
        ("Foreign Minister Tomas Holm held talks with his Kenyan counterpart Amina Odhiambo.", ["Amina Odhiambo met Tomas Holm"]),
        // The counterpart met someone else: Holm is only the one she is counterpart of.
        ("Foreign Minister Tomas Holm said his Kenyan counterpart Amina Odhiambo had met President Elena Duma.",
         ["Amina Odhiambo met Elena Duma"]),
    ])
    func counterpart(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("an apposition names the actor of its noun; one that describes does not make a relation", arguments: [
        ("The Kenyan foreign minister, Amina Odhiambo, met Prime Minister Tomas Holm in Oslo.", ["Amina Odhiambo met Tomas Holm"]),
        ("Prime Minister Tomas Holm hosted a close ally, President Elena Duma, in Oslo.", ["Elena Duma met Tomas Holm"]),
        ("Amina Odhiambo, a critic of Uganda, met Prime Minister Tomas Holm.", ["Amina Odhiambo met Tomas Holm"]),
    ])
    func apposition(_ sentence: String, _ expected: [String]) {
        #expect(Extract.relations(sentence) == expected)
    }

    @Test("a headline's comma joins the subjects; the summit's organisation is not met", arguments: [
        ("Kenya, Uganda meet on sidelines of Nile Cooperation Council summit", ["Kenya met Uganda"]),
        ("Kenya and Uganda meet at Nile Cooperation Council summit", ["Kenya met Uganda"]),
        ("Leaders gather in Kampala for Nile Cooperation Council summit", []),
    ])
    func headline(_ sentence: String, _ expected: [String]) {
        Extract.check(sentence, gives: expected)
    }

    @Test("a threat reaches the one it is aimed at, however far", arguments: [
        ("President Elena Duma threatened to impose tariffs on Kenya.", ["Elena Duma warned Kenya"]),
        ("President Elena Duma threatened sanctions against Kenya.", ["Elena Duma warned Kenya"]),
        ("President Elena Duma threatened Kenya with sanctions.", ["Elena Duma warned Kenya"]),
        ("President Elena Duma gave Kenya a stern warning.", ["Elena Duma warned Kenya"]),
        ("President Elena Duma issued a warning to Kenya on Friday.", ["Elena Duma warned Kenya"]),
        // A warning about a threat to Kenya does not warn Kenya.
        ("President Elena Duma warned of a threat to Kenya's farms.", []),
        ("President Elena Duma gave a warning about Kenya's debts.", []),
    ])
    func threat(_ sentence: String, _ expected: [String]) {
        Extract.check(sentence, gives: expected)
    }
}
