@testable import Syntax
import Testing

@Suite("Projectivizer")
struct ProjectivizerTests {
    /// "A hearing is scheduled on the issue today ." with "issue" attached to "hearing": the arc
    /// crosses the one from "scheduled" to "is".
    static let crossing = [2, 4, 4, 0, 7, 7, 2, 4, 4]

    @Test("a non-projective arc is lifted to the head's head and the tree becomes projective")
    func lifts() {
        #expect(!Projectivizer.isProjective(Self.crossing))
        #expect(!Projectivizer.isProjectiveArc(into: 7, in: Self.crossing))
        let lifted = Projectivizer.projectivized(Self.crossing)
        #expect(lifted == [2, 4, 4, 0, 7, 7, 4, 4, 4])
        #expect(Projectivizer.isProjective(lifted))
        #expect(Projectivizer.isTree(lifted))
    }

    @Test("nested crossings are lifted until none is left; projective trees stay as they are")
    func liftsRepeatedly() {
        // The arcs 3 → 1 and 1 → 4 pass over words their heads do not dominate.
        let heads = [3, 0, 2, 1, 4, 2]
        #expect(Projectivizer.isTree(heads))
        #expect(!Projectivizer.isProjective(heads))
        let lifted = Projectivizer.projectivized(heads)
        #expect(Projectivizer.isProjective(lifted) && Projectivizer.isTree(lifted))
        #expect(Projectivizer.projectivized(lifted) == lifted)
        for s in ToyTreebank.sentences { #expect(Projectivizer.projectivized(s.heads) == s.heads) }
    }

    @Test("cycles, several roots and heads out of range are not trees")
    func notTrees() {
        #expect(!Projectivizer.isTree([2, 1]))
        #expect(!Projectivizer.isTree([0, 0]))
        #expect(!Projectivizer.isTree([0, 3]))
        #expect(!Projectivizer.isTree([2, 3, 2, 0]))
        #expect(Projectivizer.isTree([0]))
    }
}
