/// A failure of the usage store: opening, reading or writing it. The message says what failed
/// and what to do about it.
package struct UsageStoreError: Error, CustomStringConvertible, Equatable {
    package var description: String

    package init(_ description: String) { self.description = description }
}
