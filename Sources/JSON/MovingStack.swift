/// A growable stack of values in manually managed memory, so that finished values move into
/// their container's storage without retain and release.
///
/// The owner must call ``release()`` exactly once, when the stack is no longer used.
struct MovingStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        self.base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    /// Pushes `element`.
    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The element at `index` (which must be below ``count``).
    @inline(__always)
    subscript(index: Int) -> Element { base[index] }

    /// The top element, or nil when empty.
    var last: Element? { count > 0 ? base[count - 1] : nil }

    /// Moves the elements from `start` to the top into a new array, and pops them.
    mutating func popArray(from start: Int) -> [Element] {
        let n = count - start
        guard n > 0 else { return [] }
        let source = base + start
        count = start
        return [Element](unsafeUninitializedCapacity: n) { buffer, initialized in
            guard let target = buffer.baseAddress else { return }
            target.moveInitialize(from: source, count: n)
            initialized = n
        }
    }

    /// Moves the element at `index` out, leaving its slot uninitialized: the caller must then
    /// ``forget(from:)`` a range that covers it.
    @inline(__always)
    func take(_ index: Int) -> Element { (base + index).move() }

    /// Pops the elements from `start` to the top without destroying them (they were taken).
    mutating func forget(from start: Int) { count = min(count, start) }

    /// Destroys the remaining elements and frees the memory.
    func release() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
