import Syntax

/// A small treebank written by us for the parser tests: each word is `form/UPOS/XPOS/head/relation`.
enum ToyTreebank {
    static let lines = [
        "Ana/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Ben/PROPN/NNP/2/obj in/ADP/IN/5/case Rome/PROPN/NNP/2/obl ./PUNCT/./2/punct",
        "The/DET/DT/2/det minister/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass warned/VERB/VBN/0/root by/ADP/IN/7/case the/DET/DT/7/det council/NOUN/NN/4/obl:agent ./PUNCT/./4/punct",
        "Kim/PROPN/NNP/2/nsubj gave/VERB/VBD/0/root Lee/PROPN/NNP/2/iobj a/DET/DT/5/det book/NOUN/NN/2/obj ./PUNCT/./2/punct",
        "Tom/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case sister/NOUN/NN/4/nsubj left/VERB/VBD/0/root early/ADV/RB/4/advmod ./PUNCT/./4/punct",
        "She/PRON/PRP/2/nsubj said/VERB/VBD/0/root that/SCONJ/IN/6/mark he/PRON/PRP/6/nsubj would/AUX/MD/6/aux come/VERB/VB/2/ccomp ./PUNCT/./2/punct",
        "The/DET/DT/2/det man/NOUN/NN/6/nsubj who/PRON/WP/4/nsubj called/VERB/VBD/2/acl:relcl us/PRON/PRP/4/obj smiled/VERB/VBD/0/root ./PUNCT/./6/punct",
        "They/PRON/PRP/2/nsubj picked/VERB/VBD/0/root up/ADP/RP/2/compound:prt the/DET/DT/5/det box/NOUN/NN/2/obj and/CCONJ/CC/7/cc left/VERB/VBD/2/conj ./PUNCT/./2/punct",
        "Paris/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop big/ADJ/JJ/0/root",
        "Leave/VERB/VB/0/root !/PUNCT/./1/punct",
        "Officials/NOUN/NNS/2/nsubj threatened/VERB/VBD/0/root to/PART/TO/4/mark impose/VERB/VB/2/xcomp new/ADJ/JJ/6/amod tariffs/NOUN/NNS/4/obj on/ADP/IN/8/case Athens/PROPN/NNP/4/obl ./PUNCT/./2/punct",
    ]

    static func sentence(_ line: String) -> ParserSentence {
        let words = line.split(separator: " ").map { $0.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
        return ParserSentence(forms: words.map { $0[0] }, upos: words.map { $0[1] }, xpos: words.map { $0[2] },
                              heads: words.map { Int($0[3]) ?? -1 }, deprels: words.map { $0[4] })
    }

    static var sentences: [ParserSentence] { lines.map(sentence) }
}
