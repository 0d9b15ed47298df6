import Foundation
import Testing
import VismaEAccounting

struct ModelTests {
    private func decode(_ json: String) throws -> JSONObject {
        try JSONDecoder().decode(JSONObject.self, from: Data(json.utf8))
    }

    @Test func readsFieldsInAnyCasingAndToleratesNulls() throws {
        let article = VismaArticle(json: try decode(#"{"id":"6F1B2C3D-0000-4000-8000-000000000001","number":"MUG-1","NAME":"Mugg blå","StockBalance":null,"Barcodes":null,"IsActive":true}"#))
        #expect(article.id == UUID(uuidString: "6f1b2c3d-0000-4000-8000-000000000001"))
        #expect(article.number == "MUG-1")
        #expect(article.name == "Mugg blå")
        #expect(article.stockBalance == 0)
        #expect(article.barcode == nil)
    }

    @Test func keepsMoneyAndQuantitiesExact() throws {
        let order = VismaOrder(json: try decode(#"{"Rows":[{"LineNumber":1,"Quantity":1.2345,"UnitPrice":80.10,"DeliveredQuantity":0.1}]}"#))
        #expect(order.rows[0].quantity == Decimal(string: "1.2345"))
        #expect(order.rows[0].unitPrice == Decimal(string: "80.1"))
        #expect(order.rows[0].deliveredQuantity == Decimal(string: "0.1"))
    }

    @Test func roundsWrittenFiguresToVismasPrecision() throws {
        var article = VismaArticle(json: try decode(#"{"Number":"A"}"#))
        article.stockBalance = Decimal(string: "12.345")!
        #expect(article.stockBalance == Decimal(string: "12.35"))
        article.stockBalance = Decimal(string: "-0.005")!
        #expect(article.stockBalance == Decimal(string: "-0.01"))

        var order = VismaOrder(json: try decode(#"{"Rows":[{"LineNumber":1,"Quantity":2.5},{"LineNumber":2,"Quantity":3}]}"#))
        let found = order.setDeliveredQuantity(Decimal(string: "2.4999")!, lineNumber: 1)
        let missing = order.setDeliveredQuantity(1, lineNumber: 9)
        #expect(found)
        #expect(!missing)
        #expect(order.rows[0].deliveredQuantity == Decimal(string: "2.5"))
        #expect(order.rows[1].deliveredQuantity == 0)
        #expect(Decimal(string: "1.23456")!.rounded(scale: VismaPrecision.quantity) == Decimal(string: "1.2346"))
    }

    @Test func changingOneFieldKeepsEveryOtherFieldInThePutBody() throws {
        let original = try decode(#"{"Id":"6f1b2c3d-0000-4000-8000-000000000001","Number":"A","FutureField":{"Nested":[1,"två",null]},"note":"keep me","StockBalance":5}"#)
        var article = VismaArticle(json: original)
        article.stockBalance = 7
        var expected = original
        expected["StockBalance"] = .number(7)
        #expect(article.json == expected)
        #expect(article.json.members["note"] == .string("keep me"))
        #expect(article.json.members.keys.contains("FutureField"))
    }

    @Test func writesIntoTheServersOwnKeySpelling() throws {
        var order = VismaOrder(json: try decode(#"{"rows":[{"lineNumber":1,"deliveredQuantity":0}],"shippedDateTime":null}"#))
        order.setDeliveredQuantity(3, lineNumber: 1)
        order.shippedDateTime = Date(timeIntervalSince1970: 1_767_261_600)
        #expect(order.json.members.keys.sorted() == ["rows", "shippedDateTime"])
        #expect(order.json.string("ShippedDateTime") == "2026-01-01T10:00:00Z")
        #expect(order.rows[0].json.members["deliveredQuantity"] == .number(3))
    }

    @Test func parsesVismasTimestampForms() {
        #expect(VismaDateFormat.date(from: "2026-01-01T10:00:00Z") == Date(timeIntervalSince1970: 1_767_261_600))
        #expect(VismaDateFormat.date(from: "2026-01-01T10:00:00") == Date(timeIntervalSince1970: 1_767_261_600))
        #expect(VismaDateFormat.date(from: "2026-01-01T12:00:00+02:00") == Date(timeIntervalSince1970: 1_767_261_600))
        #expect(VismaDateFormat.date(from: "2026-01-01T10:00:00.1234567Z")!.timeIntervalSince1970 - 1_767_261_600 > 0.123)
        #expect(VismaDateFormat.date(from: "2026-13-01T10:00:00Z") == nil)
        #expect(VismaDateFormat.date(from: "yesterday") == nil)
    }

    @Test func formatsWatermarksInUTCWithMillisecondsOnlyWhenNeeded() {
        #expect(VismaDateFormat.string(from: Date(timeIntervalSince1970: 1_767_261_600)) == "2026-01-01T10:00:00Z")
        #expect(VismaDateFormat.string(from: Date(timeIntervalSince1970: 1_767_261_600.25)) == "2026-01-01T10:00:00.250Z")
    }

    @Test func buildsFiltersJoinedWithAnd() {
        let date = Date(timeIntervalSince1970: 1_767_261_600)
        #expect(VismaFilter.changed(after: date).description == "ChangedUtc gt 2026-01-01T10:00:00Z")
        #expect(VismaFilter.status(.ongoing).and(.modified(after: date)).description == "Status eq 2 and ModifiedUtc gt 2026-01-01T10:00:00Z")
        #expect(VismaFilter.timestamp("ChangedUtc", .greaterThanOrEqual, date).description == "ChangedUtc ge 2026-01-01T10:00:00Z")
    }

    @Test func derivesTheStockModuleFromActivatedModules() throws {
        #expect(VismaCompanySettings(json: try decode(#"{"Name":"Acme AB","ActivatedModules":["api_standard","Stock_Standard"]}"#)).stockModuleActive)
        #expect(!VismaCompanySettings(json: try decode(#"{"Name":"Acme AB","ActivatedModules":null}"#)).stockModuleActive)
    }

    @Test func prefersContactPersonDetailsForDelivery() throws {
        let customer = VismaCustomer(json: try decode(#"{"ContactPersonEmail":"","EmailAddressOrder":"order@example.se","EmailAddress":"info@example.se","ContactPersonMobile":null,"MobilePhone":"+46 70 1","Telephone":"031-1"}"#))
        #expect(customer.email == "order@example.se")
        #expect(customer.phone == "+46 70 1")
    }
}
