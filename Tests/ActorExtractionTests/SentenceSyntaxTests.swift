import ActorExtraction
import Syntax
import Testing

@Suite("sentences in UD tokens")
struct SentenceSyntaxTests {
    private func udSentences(_ text: String) -> [[UDToken]] {
        SentenceSplitter().sentences(from: Tokenizer().tokens(in: text)).map { $0.udTokens() }
    }

    @Test("the extraction's tokens refined to UD conventions, spans exact in the document")
    func conventions() {
        let text = "Mr. Lee didn’t meet the U.S. envoy on Jan. 5; they can't agree on a 15-year-old so-called deal and/or China's e-mail."
        let sentences = udSentences(text)
        #expect(sentences.count == 1)
        let tokens = sentences[0]
        #expect(tokens.map(\.form) == [
            "Mr.", "Lee", "did", "n’t", "meet", "the", "U.S.", "envoy", "on", "Jan.", "5", ";", "they", "ca", "n't",
            "agree", "on", "a", "15", "-", "year", "-", "old", "so", "-", "called", "deal", "and", "/", "or", "China",
            "'s", "e-mail", ".",
        ])
        let bytes = Array(text.utf8)
        #expect(tokens.allSatisfy { String(decoding: bytes[$0.span], as: UTF8.self) == $0.form })
    }

    @Test("spans count from the start of the document, not of the sentence")
    func documentOffsets() {
        let sentences = udSentences("Rain fell.\n\nWe’ll see.")
        #expect(sentences.count == 2)
        #expect(sentences[1].map(\.form) == ["We", "’ll", "see", "."])
        #expect(sentences[1].map(\.span) == [12..<14, 14..<19, 20..<23, 23..<24])
    }

    @Test("a sentence as CoNLL-U: text spelled from the tokens, SpaceAfter=No where they touch")
    func conllu() throws {
        let sentence = SentenceSplitter().sentences(from: Tokenizer().tokens(in: "Rain.\n\nThey didn't\n  come (again)."))[1]
        let conllu = sentence.conllu(id: "doc-2")
        #expect(conllu.comments == ["# sent_id = doc-2", "# text = They didn't come (again)."])
        #expect(conllu.words.map(\.form) == ["They", "did", "n't", "come", "(", "again", ")", "."])
        #expect(conllu.words.filter(\.noSpaceAfter).map(\.form) == ["did", "(", "again", ")"])
        // What the writer makes of it reads back the same.
        #expect(try CoNLLUReader.sentences(in: CoNLLUWriter.text(of: [conllu])) == [conllu])
    }

    @Test("the extraction's own tokens stay as they were")
    func extractionTokensUnchanged() {
        let sentence = SentenceSplitter().sentences(from: Tokenizer().tokens(in: "They didn't sign the 15-year deal."))[0]
        #expect(sentence.tokens.map(\.text) == ["They", "didn't", "sign", "the", "15-year", "deal", "."])
    }
}
