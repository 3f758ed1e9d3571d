import Foundation
import TariffSupport

/// Digests of live objects as read, for `apply --plan`'s staleness check.
///
/// Each digest covers the fields the diff compares, in a fixed order with sorted metadata, so the
/// same object always gives the same digest and any change Tariff would notice changes it.
package enum Fingerprints {
    /// One fingerprint per object in `live`, sorted by resource and id. `apply --plan` re-reads the
    /// account and compares these with the plan's.
    package static func of(_ live: LiveState) -> [ObjectFingerprint] {
        var prints: [ObjectFingerprint] = []
        for product in live.products {
            prints.append(
                digest(
                    .product, product.id,
                    [
                        product.name, product.description ?? "", String(product.active),
                        metadata(product.metadata),
                        product.defaultPriceID ?? "", product.taxCode ?? "", product.unitLabel ?? "",
                    ]))
        }
        for price in live.prices {
            prints.append(
                digest(
                    .price, price.id,
                    [
                        price.productID, String(price.active), price.currency,
                        String(describing: price.amounts),
                        String(describing: price.recurring),
                        price.currencyOptions.keys.sorted().map {
                            "\($0)=\(String(describing: price.currencyOptions[$0]))"
                        }.joined(separator: ";"),
                        price.lookupKey ?? "", price.nickname ?? "", price.taxBehavior?.rawValue ?? "",
                        metadata(price.metadata),
                    ]))
        }
        for meter in live.meters {
            prints.append(
                digest(
                    .meter, meter.id,
                    [
                        meter.displayName, meter.eventName, meter.status.rawValue, meter.formula.rawValue,
                        meter.customerPayloadKey,
                        meter.valuePayloadKey,
                    ]))
        }
        for webhook in live.webhooks {
            prints.append(
                digest(
                    .webhookEndpoint, webhook.id,
                    [
                        webhook.url, webhook.enabledEvents.sorted().joined(separator: ","),
                        webhook.description ?? "",
                        webhook.status.rawValue, metadata(webhook.metadata),
                    ]))
        }
        for subscription in live.subscriptions {
            prints.append(
                digest(
                    .subscription, subscription.id,
                    [
                        subscription.status.rawValue, subscription.customerID,
                        subscription.items.map {
                            "\($0.id):\($0.priceID):\($0.quantity.map(String.init) ?? "")"
                        }.joined(separator: ","),
                    ]))
        }
        return prints.sorted()
    }

    private static func metadata(_ metadata: [String: String]) -> String {
        metadata.keys.sorted().map { "\($0)=\(metadata[$0] ?? "")" }.joined(separator: "\u{1F}")
    }

    private static func digest(_ resource: ResourceKind, _ id: String, _ fields: [String])
        -> ObjectFingerprint
    {
        ObjectFingerprint(
            resource: resource, id: id, digest: SHA256Hex.digest(of: fields.joined(separator: "\u{1E}")))
    }
}
