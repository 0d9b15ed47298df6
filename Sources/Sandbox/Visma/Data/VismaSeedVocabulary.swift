/// The words the sandbox builds its Swedish and Finnish company data from.
enum VismaSeedVocabulary {
    static let companyNames = [
        "Ågrens Järnhandel AB", "Björkström & Söner AB", "Nordiska Kaffekompaniet AB", "Östra Möbler AB",
        "Gröna Trädgården HB", "Skärgårdens Båtservice AB", "Mäkelä Oy", "Järvinen Tmi", "Keskinen & Virtanen Oy",
        "Häme Elektroniikka Oy", "Pöllö Design Oy", "Kärkkäinen Puutarha Oy", "Lundqvist Café & Bageri",
        "Åre Fjällsport AB", "Sjöström Bygg AB", "Väinö Koski Ky",
    ]
    static let firstNames = ["Anna", "Åsa", "Björn", "Märta", "Göran", "Ingrid", "Sören", "Aino", "Eino", "Jyrki", "Päivi", "Sirkka", "Väinö", "Löwe"]
    static let lastNames = ["Andersson", "Öberg", "Åkesson", "Lindqvist", "Nyström", "Ståhl", "Korhonen", "Mäkinen", "Hämäläinen", "Lehtonen", "Järvinen", "Söderlund"]
    static let swedishPlaces: [(city: String, postalCode: String, street: String)] = [
        ("Göteborg", "41101", "Industrivägen"), ("Malmö", "21120", "Södra Förstadsgatan"), ("Umeå", "90326", "Storgatan"),
        ("Västerås", "72212", "Ågatan"), ("Örebro", "70210", "Drottninggatan"), ("Stockholm", "11122", "Sveavägen"),
    ]
    static let finnishPlaces: [(city: String, postalCode: String, street: String)] = [
        ("Helsinki", "00100", "Mannerheimintie"), ("Tampere", "33100", "Hämeenkatu"), ("Jyväskylä", "40100", "Kauppakatu"),
        ("Hämeenlinna", "13100", "Linnankatu"), ("Oulu", "90100", "Isokatu"),
    ]
    static let goods: [(swedish: String, finnish: String, english: String)] = [
        ("Mugg", "Muki", "Mug"), ("Tallrik", "Lautanen", "Plate"), ("Kaffebryggare", "Kahvinkeitin", "Coffee maker"),
        ("Ullfilt", "Villahuopa", "Wool blanket"), ("Skärbräda", "Leikkuulauta", "Cutting board"),
        ("Kökshandduk", "Keittiöpyyhe", "Kitchen towel"), ("Ljusstake", "Kynttilänjalka", "Candlestick"),
        ("Glasskål", "Lasikulho", "Glass bowl"), ("Termos", "Termospullo", "Thermos"), ("Örngott", "Tyynyliina", "Pillowcase"),
    ]
    static let colours: [(swedish: String, finnish: String, english: String)] = [
        ("blå", "sininen", "blue"), ("röd", "punainen", "red"), ("grön", "vihreä", "green"), ("vit", "valkoinen", "white"),
        ("svart", "musta", "black"), ("grå", "harmaa", "grey"), ("äppelgrön", "omenanvihreä", "apple green"),
    ]
    static let services: [(name: String, english: String)] = [
        ("Frakt", "Freight"), ("Montering", "Assembly"), ("Asennus", "Installation"), ("Konsultation per timme", "Consulting per hour"),
    ]
    static let bulkGoods: [(swedish: String, english: String)] = [("Kaffebönor lösvikt", "Coffee beans, loose"), ("Linnetyg metervara", "Linen fabric by the metre")]
    static let textRows = ["Leverans före jul, ring först!", "Märk kollit med ordernummer.", "Toimitus takaovelle, kiitos.", "Obs: ömtåligt gods — glas."]
    static let deliveryMethods: [(name: String, code: String)] = [
        ("PostNord MyPack", "PNMP"), ("DHL Service Point", "DHLSP"), ("DB Schenker", "DBS"), ("Posti", "POSTI"), ("Matkahuolto", "MH"), ("Hämtas", "PICKUP"),
    ]
    static let deliveryTerms: [(name: String, code: String)] = [("Fritt vårt lager", "FVL"), ("Fritt kund", "FK")]
}
