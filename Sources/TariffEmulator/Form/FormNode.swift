/// One node of a decoded `application/x-www-form-urlencoded` body, as Stripe nests it.
///
/// `recurring[interval]=month` becomes a node `recurring` with a child `interval`;
/// `expand[]=a&expand[]=b` becomes children `0` and `1`; `items[0][price]=p` keeps `0` as the
/// child key. A node can carry a scalar `value` (`metadata=` sends the empty string to clear a map)
/// as well as children. Children keep the order in which they first appeared.
package struct FormNode: Sendable {
    /// The scalar sent for this exact key, if any (the last one wins, as on Stripe).
    package var value: String?
    /// Child keys in first-seen order.
    package private(set) var keys: [String] = []
    package private(set) var children: [String: FormNode] = [:]

    package init(value: String? = nil) {
        self.value = value
    }

    /// The child under `key`, if it was sent.
    package subscript(key: String) -> FormNode? {
        children[key]
    }

    /// Whether this node has no children (it is a scalar or was sent as `key=`).
    package var isLeaf: Bool { keys.isEmpty }

    /// Inserts `value` at the path below this node, creating nodes as needed.
    ///
    /// An empty segment (`arr[]`) appends a new element numbered after the ones already there,
    /// so `arr[]=a&arr[]=b` and `arr[0]=a&arr[1]=b` decode to the same tree.
    package mutating func insert(_ value: String, at path: ArraySlice<String>) {
        guard let first = path.first else {
            self.value = value
            return
        }
        let key = first.isEmpty ? String(keys.count) : first
        var child = children[key] ?? FormNode()
        child.insert(value, at: path.dropFirst())
        if children[key] == nil { keys.append(key) }
        children[key] = child
    }
}

extension FormNode {
    /// Decodes a form-encoded string (a body or a query) into a tree rooted at an unnamed node.
    ///
    /// Percent escapes are decoded and `+` reads as a space, as browsers and Stripe's SDKs
    /// encode them. Malformed escapes are kept literally rather than failing the request.
    package static func decode(_ text: String) -> FormNode {
        var root = FormNode()
        for pair in pairs(text) {
            root.insert(pair.value, at: keyPath(pair.key)[...])
        }
        return root
    }

    /// The decoded `(key, value)` pairs in order, used for idempotency comparisons.
    package static func pairs(_ text: String) -> [(key: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = percentDecode(pieces.first.map(String.init) ?? "")
            let value = pieces.count > 1 ? percentDecode(String(pieces[1])) : ""
            return (key, value)
        }
    }

    /// Splits `a[b][]` into `["a", "b", ""]`. A key with unbalanced brackets stays one segment.
    package static func keyPath(_ key: String) -> [String] {
        guard let open = key.firstIndex(of: "["), key.hasSuffix("]") else { return [key] }
        var segments = [String(key[..<open])]
        var rest = key[open...]
        while rest.first == "[" {
            guard let close = rest.firstIndex(of: "]") else { return [key] }
            segments.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return rest.isEmpty ? segments : [key]
    }

    /// Decodes `%XX` escapes and `+` into the UTF-8 text they stand for.
    package static func percentDecode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let high = hexValue(iterator[iterator.startIndex]),
                let low = hexValue(iterator[iterator.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
