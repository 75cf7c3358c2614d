/// The state of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) on one
/// sentence: a stack with the artificial root (word 0) at its bottom, a buffer of the words not
/// read yet (`front` … `count`), and the arcs made so far, with what the features need about
/// each word's children.
///
/// Words are numbered 1 … `count`; 0 is the root. A word gets its head when it is popped, so the
/// words on the stack and in the buffer are exactly those without a head.
struct ParserConfiguration {
    let count: Int
    private(set) var stack: [Int] = [0]
    /// The first word of the buffer; the buffer is empty when it is past `count`.
    private(set) var front = 1
    /// Head of each word (index 0 unused), -1 while it has none.
    private(set) var head: [Int]
    /// Relation id of each word's arc, -1 while it has none.
    private(set) var label: [Int]
    /// Leftmost and second leftmost, rightmost and second rightmost child; 0 when there is none.
    private(set) var leftmost: [Int], leftmost2: [Int], rightmost: [Int], rightmost2: [Int]
    private(set) var leftCount: [Int], rightCount: [Int]
    /// The relations of each word's left and right children, one bit per relation id (mod 64).
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        let none = [Int](repeating: 0, count: count + 1)
        head = [Int](repeating: -1, count: count + 1)
        label = head
        leftmost = none; leftmost2 = none; rightmost = none; rightmost2 = none
        leftCount = none; rightCount = none
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
    }

    var bufferIsEmpty: Bool { front > count }
    var isTerminal: Bool { bufferIsEmpty && stack.count == 1 }
    /// The `k`-th word from the top of the stack (0 = top), or nil.
    func stackWord(_ k: Int) -> Int? { k < stack.count ? stack[stack.count - 1 - k] : nil }
    /// The `k`-th word of the buffer (0 = front), or nil.
    func bufferWord(_ k: Int) -> Int? { front + k <= count ? front + k : nil }
    /// Whether `word` is still on the stack (the root always is).
    func isOnStack(_ word: Int) -> Bool { word == 0 || (word < front && head[word] < 0) }

    /// Moves the front of the buffer onto the stack.
    mutating func shift() {
        stack.append(front)
        front += 1
    }

    /// Pops the top of the stack and makes it a left child of the front of the buffer.
    mutating func leftArc(label relation: Int) {
        let dependent = stack.removeLast()
        attach(dependent, to: front, relation)
        leftmost2[front] = leftmost[front]
        leftmost[front] = dependent
        leftCount[front] += 1
        leftLabels[front] |= 1 << UInt64(relation & 63)
    }

    /// Pops the top of the stack and makes it a right child of the word below it.
    mutating func rightArc(label relation: Int) {
        let dependent = stack.removeLast()
        let parent = stack[stack.count - 1]
        attach(dependent, to: parent, relation)
        rightmost2[parent] = rightmost[parent]
        rightmost[parent] = dependent
        rightCount[parent] += 1
        rightLabels[parent] |= 1 << UInt64(relation & 63)
    }

    private mutating func attach(_ dependent: Int, to parent: Int, _ relation: Int) {
        head[dependent] = parent
        label[dependent] = relation
    }
}
