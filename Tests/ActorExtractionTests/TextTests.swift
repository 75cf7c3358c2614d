import ActorExtraction
import Testing

@Suite("tokens and sentences")
struct TextTests {
    private func sentences(_ text: String) -> [String] {
        SentenceSplitter().sentences(from: Tokenizer().tokens(in: text)).map { $0.tokens.map(\.text).joined(separator: " ") }
    }

    @Test("abbreviations keep their period and do not end sentences")
    func abbreviations() {
        #expect(sentences("U.S. troops left. Gen. Smith met Mr. Jones on Sept. 12. Then it rained.") == [
            "U.S. troops left .", "Gen. Smith met Mr. Jones on Sept. 12 .", "Then it rained .",
        ])
    }

    @Test("lines that stand alone are sentences; a line carrying on in lowercase is not")
    func lines() {
        #expect(sentences("A Headline\nApril 16, 2021\n\nFirst line of text\ncarries on here.") == [
            "A Headline", "April 16 , 2021", "First line of text carries on here .",
        ])
    }

    @Test("a lowercase word right after a full stop starts a sentence, except after an ellipsis or an abbreviation")
    func lowercaseStarts() {
        #expect(sentences("it was late. we left early. then rain... and wind. See fig. two on E. coli.") == [
            "it was late .", "we left early .", "then rain . . . and wind .", "See fig . two on E. coli .",
        ])
        // State names as agencies abbreviate them carry on too.
        #expect(sentences("She moved to Pasadena, Calif. and opened a shop.") == ["She moved to Pasadena , Calif . and opened a shop ."])
        // A quoted question or exclamation carries on: "Why?" he asked.
        #expect(sentences("\"Why?\" he asked. She left.") == ["\" Why ? \" he asked .", "She left ."])
    }

    @Test("a straight quote touching the next word opens the next sentence; a mark inside an address ends nothing")
    func quotesAndAddresses() {
        #expect(sentences("They agreed. \"We will sign,\" he said.") == ["They agreed .", "\" We will sign , \" he said ."])
        #expect(sentences("He said \"yes.\" Then he left.") == ["He said \" yes . \"", "Then he left ."])
        #expect(sentences("Read page.asp?Id=4 today.") == ["Read page.asp ? Id = 4 today ."])
        // A host name keeps no final period ("U.S." and "Ph.D." do): the sentence ends after it.
        #expect(sentences("Write to example.com. Then wait for the Ph.D. student.") == [
            "Write to example.com .", "Then wait for the Ph.D. student .",
        ])
    }

    @Test("possessives split off, offsets are UTF-8 bytes")
    func tokens() {
        let tokens = Tokenizer().tokens(in: "China’s envoy, 王毅.")
        #expect(tokens.map(\.text) == ["China", "’s", "envoy", ",", "王毅", "."])
        #expect(tokens.map(\.folded)[1] == "'s")
        #expect(tokens[4].span == TextSpan(start: 17, end: 23))
    }

    @Test("a sentence with no end is cut at the limit")
    func limit() {
        let text = Array(repeating: "word", count: 1000).joined(separator: " ")
        let split = SentenceSplitter(maximumTokens: 400).sentences(from: Tokenizer().tokens(in: text))
        #expect(split.map(\.tokens.count) == [400, 400, 200])
    }
}
