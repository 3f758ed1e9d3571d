/// Event times as read from NDJSON: RFC 3339 text, or an epoch number (or numeric string).
///
/// - Text: `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM|±HHMM]`; a space or lowercase `t` may stand for
///   `T`. A time without an offset is UTC (as Moesif writes `request.time`).
/// - Numbers: seconds since 1970 by magnitude: below 10^11 seconds, below 10^14 milliseconds,
///   below 10^17 microseconds, otherwise nanoseconds (OpenTelemetry's `…UnixNano`).
///
/// Results are microseconds since 1970-01-01T00:00:00Z.
enum EventTime {
    /// The earliest and latest accepted instants (1970-01-01 and 9999-12-31), in microseconds.
    static let validRange: ClosedRange<Int64> = 0...253_402_300_799_999_999

    /// Why a time could not be read.
    enum Failure: Error, Equatable {
        case unparsable
        case outOfRange
    }

    /// Parses RFC 3339 text.
    static func parse(text bytes: UnsafeBufferPointer<UInt8>) -> Result<Int64, Failure> {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.digits(4), reader.skip(UInt8(ascii: "-")),
            let month = reader.digits(2), reader.skip(UInt8(ascii: "-")),
            let day = reader.digits(2)
        else { return numericText(bytes) }
        guard reader.skip(UInt8(ascii: "T")) || reader.skip(UInt8(ascii: "t")) || reader.skip(0x20),
            let hour = reader.digits(2), reader.skip(UInt8(ascii: ":")),
            let minute = reader.digits(2), reader.skip(UInt8(ascii: ":")),
            let second = reader.digits(2)
        else { return .failure(.unparsable) }
        var micros: Int64 = 0
        if reader.skip(UInt8(ascii: ".")) || reader.skip(UInt8(ascii: ",")) {
            var scale: Int64 = 100_000
            var count = 0
            while let digit = reader.digit() {
                micros += Int64(digit) * scale
                scale /= 10
                count += 1
            }
            if count == 0 { return .failure(.unparsable) }
        }
        var offsetSeconds: Int64 = 0
        if reader.skip(UInt8(ascii: "Z")) || reader.skip(UInt8(ascii: "z")) {
        } else if let sign = reader.sign() {
            guard let offsetHour = reader.digits(2) else { return .failure(.unparsable) }
            _ = reader.skip(UInt8(ascii: ":"))
            guard let offsetMinute = reader.digits(2), offsetHour < 24, offsetMinute < 60 else {
                return .failure(.unparsable)
            }
            offsetSeconds = sign * Int64(offsetHour * 3600 + offsetMinute * 60)
        }
        guard reader.atEnd, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 61
        else { return .failure(.unparsable) }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)) - offsetSeconds
        let result = seconds * 1_000_000 + micros
        return validRange.contains(result) ? .success(result) : .failure(.outOfRange)
    }

    /// Parses an epoch number written in JSON (or inside a string).
    static func parse(number bytes: UnsafeBufferPointer<UInt8>) -> Result<Int64, Failure> {
        numericText(bytes)
    }

    /// Text that is a plain decimal number (`1700000000`, `1700000000.25`, `-5`).
    private static func numericText(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int64, Failure> {
        var integer: Int64 = 0
        var fraction: Double = 0
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let digitsStart = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            let (product, overflow) = integer.multipliedReportingOverflow(by: 10)
            guard !overflow else { return .failure(.outOfRange) }
            integer = product + Int64(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > digitsStart else { return .failure(.unparsable) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                fraction += Double(bytes[index] - UInt8(ascii: "0")) * scale
                scale /= 10
                index += 1
            }
        }
        guard index == bytes.count else { return .failure(.unparsable) }
        if negative { return .failure(.outOfRange) }
        let micros: Int64
        switch integer {
        case ..<100_000_000_000: micros = integer * 1_000_000 + Int64((fraction * 1_000_000).rounded(.down))
        case ..<100_000_000_000_000: micros = integer * 1_000 + Int64((fraction * 1_000).rounded(.down))
        case ..<100_000_000_000_000_000: micros = integer
        default: micros = integer / 1_000
        }
        return validRange.contains(micros) ? .success(micros) : .failure(.outOfRange)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over ASCII digits and separators.
private struct DigitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - UInt8(ascii: "0"))
    }

    mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int64? {
        if skip(UInt8(ascii: "+")) { return 1 }
        if skip(UInt8(ascii: "-")) { return -1 }
        return nil
    }
}
