import Foundation
import Syntax
import Testing

@Suite("CoNLL-U reader and writer")
struct CoNLLUTests {
    /// Our own sentence, with a multiword token, an empty node and `SpaceAfter=No`.
    static let sample = """
        # sent_id = ours-1
        # text = The envoys didn't meet.
        1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t2:det\t_
        2\tenvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t5\tnsubj\t5:nsubj\t_
        3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
        3\tdid\tdo\tAUX\tVBD\t_\t5\taux\t5:aux\t_
        4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t5:advmod\t_
        4.1\tmet\tmeet\tVERB\tVBD\t_\t_\t_\t5:conj\t_
        5\tmeet\tmeet\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_

        # text = Rain.
        1\tRain\train\tNOUN\tNN\t_\t0\troot\t0:root\tSpaceAfter=No
        2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_


        """

    @Test("reading and writing gives back the same text")
    func roundTrip() throws {
        let sentences = try CoNLLUReader.sentences(in: Self.sample)
        #expect(sentences.count == 2)
        #expect(sentences[0].words.map(\.form) == ["The", "envoys", "did", "n't", "meet", "."])
        #expect(sentences[0].text == "The envoys didn't meet.")
        #expect(sentences[0].words[4].head == 0 && sentences[0].words[4].noSpaceAfter)
        #expect(sentences[0].words[3].universalRelation == "advmod")
        #expect(sentences[0].extraLines.map(\.beforeWord) == [2, 4])
        #expect(CoNLLUWriter.text(of: sentences) == Self.sample)
        #expect(try CoNLLUReader.sentences(in: CoNLLUWriter.text(of: sentences)) == sentences)
    }

    @Test("a byte order mark before the first line is not part of it")
    func byteOrderMark() throws {
        #expect(try CoNLLUReader.sentences(in: "\u{FEFF}" + Self.sample) == CoNLLUReader.sentences(in: Self.sample))
    }

    @Test("CR LF line ends read like LF")
    func crlf() throws {
        let crlf = Self.sample.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CoNLLUReader.sentences(in: crlf) == CoNLLUReader.sentences(in: Self.sample))
    }

    @Test("the writer keeps every field on its line")
    func fieldsWithBreaks() throws {
        var word = SyntaxWord(form: "a\tb", lemma: "", upos: "X", head: 0, deprel: "root")
        word.misc = "Note=x\ny"
        let text = CoNLLUWriter.text(of: [CoNLLUSentence(words: [word])])
        #expect(text == "1\ta b\t_\tX\t_\t_\t0\troot\t_\tNote=x y\n\n")
    }

    @Test("malformed input names the line and the problem", arguments: [
        ("1\tA\ta\tX\t_\t_\t0\troot\t_\n", 1, "expected 10 tab-separated columns, found 9"),
        ("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n3\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n", 2, "word id '3' should be 2"),
        ("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n2\tB\tb\tX\t_\t_\t7\tdep\t_\t_\n", 2, "head 7 is not a word of this sentence (2 words)"),
        ("1\tA\ta\tX\t_\t_\tx\troot\t_\t_\n", 1, "bad head 'x'"),
        ("1\tA\ta\tX\t_\t_\t1\troot\t_\t_\n", 1, "bad head '1'"),
        ("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n# late\n", 2, "comment inside a sentence (missing empty line before it?)"),
        ("1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "bad word id '1-x'"),
        ("1\tA\ta\tX\t_\t_\t2\troot\t_\t_\n", 1, "head 2 is not a word of this sentence (1 word)"),
        ("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n\n# newdoc\n# text = lost\n", 3, "comments with no sentence after them"),
        ("# only a comment\n", 1, "comments with no sentence after them"),
    ])
    func malformed(input: String, line: Int, problem: String) {
        #expect(throws: CoNLLUError(line: line, problem: problem)) {
            try CoNLLUReader.sentences(in: input)
        }
    }
}
