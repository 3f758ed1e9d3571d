/// The parts of a subscription schedule the tests look at.
package struct ScheduleProbe: Decodable, Sendable {
    package struct Phase: Decodable, Sendable {
        package var items: [Item]
    }

    package struct Item: Decodable, Sendable {
        package var price: String
        package var quantity: Int?
    }

    package var phases: [Phase]
}
