import ActorExtraction
import Testing

@Suite("actors: names, titles, affiliations, coreference")
struct ActorTests {
    private func actor(_ name: String, in text: String) -> Actor? {
        Extract.result(text).actors.first { $0.name == name }
    }

    @Test("titles and demonyms give a person an affiliation and a state code")
    func affiliation() throws {
        let text = "Chinese Foreign Minister Wang Yi met Taliban spokesman Mohammad Naeem in Tianjin."
        let wang = try #require(actor("Wang Yi", in: text))
        #expect(wang.kind == .person)
        #expect(wang.affiliation == "China")
        #expect(wang.country == "CHN")
        let naeem = try #require(actor("Mohammad Naeem", in: text))
        #expect(naeem.affiliation == "Taliban")
        #expect(naeem.country == nil)
    }

    @Test("capitals, demonym collectives and a group's own name are the same actor")
    func metonymy() {
        let text = """
            Beijing hosted the talks. Chinese officials met the delegation of the Islamic Emirate.
            The Taliban thanked China.
            """
        let r = Extract.result(text)
        #expect(Set(r.actors.map(\.id)) == ["country:CHN", "org:taliban"])
        #expect(Extract.relations(text) == ["China met Taliban"])
    }

    @Test("a surname goes to the latest person who bears it")
    func surnames() {
        let text = """
            Researcher Wang Jin spoke at the forum on Monday. Foreign Minister Wang Yi arrived later.
            Wang met Russian Foreign Minister Sergei Lavrov.
            """
        #expect(Extract.relations(text) == ["Sergei Lavrov met Wang Yi"])
    }

    @Test("he and his go to the latest person")
    func pronouns() {
        let text = "President Ashraf Ghani spoke in Kabul. He later met Pakistani Prime Minister Imran Khan."
        #expect(Extract.relations(text) == ["Ashraf Ghani met Imran Khan"])
    }

    @Test("spelling variants of one name are one actor across documents")
    func spellingVariants() {
        let a = Extract.result("Afghan Foreign Minister Mohammad Haneef Atmar met Wang Yi.")
        let b = Extract.result("Afghan adviser Mohammad Hanif Atmar met Wang Yi.")
        let idA = a.actors.first { $0.name.hasSuffix("Atmar") }?.id
        let idB = b.actors.first { $0.name.hasSuffix("Atmar") }?.id
        #expect(idA != nil && idA == idB)
    }

    @Test("people who share a surname stay apart")
    func sharedSurname() {
        let r = Extract.result("Wang Yi met Wang Jin in Beijing.")
        #expect(r.actors.filter { $0.kind == .person }.count == 2)
    }

    @Test("a government named for its leader or state")
    func governments() {
        #expect(Extract.relations("Kazakhstan signed a defense agreement with the Ghani government.")
            == ["Kazakhstan supported Ghani government"])
        #expect(Extract.relations("The Afghan government rejected the proposal of Pakistan.")
            == ["Afghan government rejected Pakistan"])
    }
}

@Suite("names used as modifiers")
struct ModifierTests {
    @Test("after 'a', a state or group before a noun only describes it", arguments: [
        "Turkey backed a UN resolution on the war.",
        "A Jerusalem court rejected Prime Minister Benjamin Netanyahu's request.",
    ])
    func modifier(_ sentence: String) {
        #expect(!Extract.relations(sentence).contains { $0.contains("United Nations") || $0.contains("Israel ") })
    }
}
