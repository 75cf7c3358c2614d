import Foundation
@testable import Syntax
import TestSupport
import Testing

@Suite("Arc-hybrid oracles")
struct OracleTests {
    static func system(for sentences: [ParserSentence]) -> TransitionSystem? {
        TransitionSystem(relations: Set(sentences.flatMap(\.deprels) + ["root", "dep"]).sorted())
    }

    static func gold(_ s: ParserSentence, _ system: TransitionSystem, heads: [Int]? = nil) -> GoldTree {
        GoldTree(heads: heads ?? s.heads, relations: s.deprels.map { system.relations.firstIndex(of: $0) ?? -1 })
    }

    @Test("the static oracle rebuilds every tree of the toy treebank")
    func staticToy() throws {
        let sentences = ToyTreebank.sentences
        let system = try #require(Self.system(for: sentences))
        for s in sentences {
            #expect(Projectivizer.isProjective(s.heads))
            let transitions = StaticOracle.transitions(for: Self.gold(s, system), system: system)
            #expect(transitions?.count == 2 * s.count, "\(s.forms)")
        }
    }

    /// `../shared/ud/en_ewt-ud-train.conllu` beside the package, where `make test` finds the shared data.
    static let ewtTrain: String? = {
        let path = Fixtures.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/ud/en_ewt-ud-train.conllu").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    @Test("the static oracle rebuilds every projective (and every lifted) tree of EWT train",
          .enabled(if: ewtTrain != nil, "EWT train is not in ../shared/ud"))
    func staticEWT() throws {
        let text = try String(contentsOfFile: try #require(Self.ewtTrain), encoding: .utf8)
        let sentences = try CoNLLUReader.sentences(in: text).compactMap(ParserSentence.init)
        let system = try #require(Self.system(for: sentences))
        var projective = 0, failures: [Int] = []
        for (k, s) in sentences.enumerated() where Projectivizer.isTree(s.heads) {
            let lifted = Projectivizer.projectivized(s.heads)
            if lifted == s.heads { projective += 1 }
            if StaticOracle.transitions(for: Self.gold(s, system, heads: lifted), system: system) == nil {
                failures.append(k)
            }
        }
        #expect(projective > 11_000)
        #expect(failures.isEmpty, "sentences not rebuilt: \(failures.prefix(10))")
    }

    /// The arc-hybrid system is arc-decomposable, so the oracle's costs are exact: along any
    /// transition sequence, the costs of the transitions taken add up to the words whose head or
    /// relation ends up wrong.
    @Test("dynamic oracle costs add up to the final errors along random transition sequences")
    func dynamicCostsAreExact() throws {
        let sentences = ToyTreebank.sentences
        let system = try #require(Self.system(for: sentences))
        var random = SeededGenerator(seed: 11)
        var costs = [Int](repeating: 0, count: system.classCount)
        var legal = [Bool](repeating: false, count: system.classCount)
        for s in sentences {
            let gold = Self.gold(s, system)
            for _ in 0..<40 {
                var c = ParserConfiguration(count: s.count)
                var total = 0
                while !c.isTerminal {
                    system.legal(in: c, into: &legal)
                    DynamicOracle.costs(in: c, gold: gold, system: system, into: &costs)
                    let choices = legal.indices.filter { legal[$0] }
                    // Mostly cheap moves, so that some sequences end near the gold tree.
                    let cheap = choices.filter { costs[$0] == 0 }
                    let pool = !cheap.isEmpty && Int.random(in: 0..<4, using: &random) > 0 ? cheap : choices
                    let t = try #require(pool.randomElement(using: &random))
                    total += costs[t]
                    system.apply(t, to: &c)
                }
                let errors = (1...s.count).count { c.head[$0] != gold.head[$0] || c.label[$0] != gold.relation[$0] }
                #expect(total == errors, "\(s.forms)")
            }
        }
    }

    @Test("the static oracle's transitions all cost 0")
    func staticIsCheapest() throws {
        let sentences = ToyTreebank.sentences
        let system = try #require(Self.system(for: sentences))
        var costs = [Int](repeating: 0, count: system.classCount)
        for s in sentences {
            let gold = Self.gold(s, system)
            var c = ParserConfiguration(count: s.count)
            while let t = StaticOracle.transition(in: c, gold: gold, system: system), !c.isTerminal {
                DynamicOracle.costs(in: c, gold: gold, system: system, into: &costs)
                #expect(costs[t] == 0)
                system.apply(t, to: &c)
            }
            #expect(c.isTerminal)
        }
    }
}
