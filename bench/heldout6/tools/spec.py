"""Hand-written labels for the heldout6 corpus.

MENTIONS maps a document number to its money mentions in document order, each a tuple
(text, value, currency, entity, metric, period). build.py finds each text after the end
of the previous mention of the same document and computes its occurrence.

A reference to a mention is (doc number, text) or (doc number, text, n): the n-th mention
of that document (in MENTIONS order) with that text, n defaulting to 1.
"""

B = 1e9
M = 1e6

AA = "Anglo American"
WMT = "Walmart"
JPM = "JPMorgan Chase"
QAN = "Qantas"
SU = "Suncor Energy"
RIO = "Rio Tinto"
FMG = "Fortescue"
SHOP = "Shopify"
TV = "Televisa"
ITUB = "Itaú Unibanco"
AC = "Air Canada"
ORG = "Origin Energy"
WFC = "Wells Fargo"

DOCS = {
    "01": "01_bhp_anglo_wire.md",
    "02": "02_bhp_anglo_column.md",
    "03": "03_walmart_q4_call.md",
    "04": "04_jpmorgan_q3_filing.md",
    "05": "05_costco_fee_trade.md",
    "06": "06_qantas_fy24_note.md",
    "07": "07_suncor_2023_table.md",
    "08": "08_vale_mariana_settlement.md",
    "09": "09_rio_fortescue_column.md",
    "10": "10_barrick_q2_brief.md",
    "11": "11_shopify_explainer.md",
    "12": "12_televisa_primer.md",
    "13": "13_itau_record_profit.md",
    "14": "14_air_canada_results_wire.md",
    "15": "15_origin_brookfield_vote.md",
    "16": "16_macys_buyout_offer.md",
    "17": "17_wells_fargo_cfpb.md",
    "18": "18_brookfield_neoen.md",
}

MENTIONS = {
    "01": [
        ("£38.6 billion", 38.6 * B, "GBP", AA, "valuation", "2024-05"),
        ("$49 billion", 49 * B, "USD", AA, "valuation", "2024-05"),
        ("£29.34", 29.34, "GBP", AA, "share_price", "2024-05"),
        ("£31.1 billion", 31.1 * B, "GBP", AA, "valuation", "2024-04"),
        ("£25.08", 25.08, "GBP", AA, "share_price", "2024-04"),
        ("£27.20", 27.20, "GBP", AA, "share_price", "2024-05"),
        ("£34 billion", 34 * B, "GBP", AA, "valuation", "2024-05"),
        ("2,464 pence", 24.64, "GBP", AA, "share_price", "2024-05"),
        ("£29.34", 29.34, "GBP", AA, "share_price", "2024-05"),
        ("1,963p", 19.63, "GBP", AA, "share_price", "2024-04"),
        ("$10 billion", 10 * B, "USD", "Anglo American Platinum", "other", "2024-05"),
    ],
    "02": [
        ("£31.1 billion", 31.1 * B, "GBP", AA, "valuation", "2024-03"),
        ("£34 billion", 34 * B, "GBP", AA, "valuation", "2024-05"),
        ("$49 billion", 49 * B, "USD", AA, "valuation", "2024-05"),
        ("£36.8 billion", 36.8 * B, "GBP", AA, "valuation", "2024-05"),
        ("A$220 billion", 220 * B, "AUD", "BHP", "market_cap", "2024-05"),
        ("US$146 billion", 146 * B, "USD", "BHP", "market_cap", "2024-05"),
        ("US$13.4 billion", 13.4 * B, "USD", "BHP", "profit", "2023"),
        ("34 billion", 34 * B, None, AA, "valuation", "2024-05"),
        ("$7 billion", 7 * B, "USD", "De Beers", "other", "2024-05"),
        ("$1.6 billion", 1.6 * B, "USD", "De Beers", "other", "2023"),
        (
            "$6.9 billion",
            6.9 * B,
            "USD",
            "Elk Valley Resources",
            "price_paid",
            "2023-11",
        ),
        ("$9 billion", 9 * B, "USD", "Elk Valley Resources", "valuation", "2023-11"),
    ],
    "03": [
        ("$180.6 billion", 180.6 * B, "USD", WMT, "revenue", "2025-01"),
        ("$173.4 billion", 173.4 * B, "USD", WMT, "revenue", "2024-01"),
        ("$681 billion", 681 * B, "USD", WMT, "revenue", "2025"),
        ("$4.4 billion", 4.4 * B, "USD", WMT, "other", "2025"),
        ("$120.6 billion", 120.6 * B, "USD", "Walmart U.S.", "revenue", "2025-01"),
        (
            "$29.5 billion",
            29.5 * B,
            "USD",
            "Walmart International",
            "revenue",
            "2025-01",
        ),
        ("$23.4 billion", 23.4 * B, "USD", "Sam's Club", "revenue", "2025-01"),
        ("$1.6 billion", 1.6 * B, "USD", WMT, "other", "2025-01"),
        ("$180.6 billion", 180.6 * B, "USD", WMT, "revenue", "2025-01"),
        ("$7.9 billion", 7.9 * B, "USD", WMT, "profit", "2025-01"),
        ("$0.66", 0.66, "USD", WMT, "other", "2025-01"),
        (
            "275.9 billion pesos",
            275.9 * B,
            "MXN",
            "Walmart de México",
            "revenue",
            "2024-12",
        ),
        ("$13.5 billion", 13.5 * B, "USD", "Walmart de México", "revenue", "2024-12"),
        ("$2.50", 2.50, "USD", WMT, "other", "2026"),
        ("$2.60", 2.60, "USD", WMT, "other", "2026"),
        ("$4.4 billion", 4.4 * B, "USD", WMT, "other", "2025"),
        ("$681 billion", 681 * B, "USD", WMT, "revenue", "2025"),
        ("$2.3 billion", 2.3 * B, "USD", "Vizio", "price_paid", "2024-12"),
        ("$4.4", 4.4, "USD", WMT, "other", "2025"),
        ("$2.50", 2.50, "USD", WMT, "other", "2026"),
        ("$2.60", 2.60, "USD", WMT, "other", "2026"),
        ("$2.51", 2.51, "USD", WMT, "other", "2025"),
        ("$0.94", 0.94, "USD", WMT, "other", "2026"),
        ("$0.83", 0.83, "USD", WMT, "other", "2025"),
    ],
    "04": [
        ("$12.9 billion", 12.9 * B, "USD", JPM, "profit", "2024-09"),
        ("$13.2 billion", 13.2 * B, "USD", JPM, "profit", "2023-09"),
        ("$4.37", 4.37, "USD", JPM, "other", "2024-09"),
        ("$4.33", 4.33, "USD", JPM, "other", "2023-09"),
        ("$43.3 billion", 43.3 * B, "USD", JPM, "revenue", "2024-09"),
        ("$40.7 billion", 40.7 * B, "USD", JPM, "revenue", "2023-09"),
        ("$23.5 billion", 23.5 * B, "USD", JPM, "other", "2024-09"),
        ("$19.8 billion", 19.8 * B, "USD", JPM, "other", "2024-09"),
        ("$22.6 billion", 22.6 * B, "USD", JPM, "other", "2024-09"),
        ("$3.1 billion", 3.1 * B, "USD", JPM, "other", "2024-09"),
        ("$1.4 billion", 1.4 * B, "USD", JPM, "other", "2023-09"),
        ("$1.0 billion", 1.0 * B, "USD", JPM, "other", "2024-09"),
        ("$2.1 billion", 2.1 * B, "USD", JPM, "other", "2024-09"),
        ("$16.5 billion", 16.5 * B, "USD", JPM, "profit", "2024-09"),
        ("$44.4 billion", 44.4 * B, "USD", JPM, "profit", "2024-09"),
        ("$40.3 billion", 40.3 * B, "USD", JPM, "profit", "2023-09"),
        ("$7.9 billion", 7.9 * B, "USD", JPM, "other", "2024-06"),
        ("$1.0 billion", 1.0 * B, "USD", JPM, "other", "2024-06"),
        (
            "$4.0 billion",
            4.0 * B,
            "USD",
            "Consumer & Community Banking",
            "profit",
            "2024-09",
        ),
        (
            "$6.0 billion",
            6.0 * B,
            "USD",
            "Commercial & Investment Bank",
            "profit",
            "2024-09",
        ),
        (
            "$1.4 billion",
            1.4 * B,
            "USD",
            "Asset & Wealth Management",
            "profit",
            "2024-09",
        ),
        (
            "$2.5 billion",
            2.5 * B,
            "USD",
            "JPMorgan Chase Corporate segment",
            "profit",
            "2024-09",
        ),
        ("$12.9 billion", 12.9 * B, "USD", JPM, "profit", "2024-09"),
        ("$6.0 billion", 6.0 * B, "USD", JPM, "other", "2024-09"),
        ("$1.25", 1.25, "USD", JPM, "other", "2024-09"),
        ("$7.9 billion", 7.9 * B, "USD", JPM, "other", "2024-03"),
        ("$44.4 billion", 44.4 * B, "USD", JPM, "profit", "2024-09"),
        ("$40.3 billion", 40.3 * B, "USD", JPM, "profit", "2023-09"),
    ],
    "05": [
        ("$65", 65, "USD", "Costco", "other", "2024-09"),
        ("$60", 60, "USD", "Costco", "other", None),
        ("$130", 130, "USD", "Costco", "other", "2024-09"),
        ("$120", 120, "USD", "Costco", "other", None),
        ("C$65", 65, "CAD", "Costco", "other", "2024-09"),
        ("C$60", 60, "CAD", "Costco", "other", None),
        ("$4.58 billion", 4.58 * B, "USD", "Costco", "other", "2023"),
        ("$6.29 billion", 6.29 * B, "USD", "Costco", "profit", "2023"),
        ("$1.50", 1.50, "USD", "Costco", "other", None),
        ("$4.99", 4.99, "USD", "Costco", "other", "2024-07"),
        ("40 cents", 0.40, "USD", "Costco", "other", "2024-07"),
        ("$5.39", 5.39, "USD", None, "other", "2024-07"),
        ("A$1.79", 1.79, "AUD", "Costco", "other", "2024-07"),
        ("US$1.19", 1.19, "USD", "Costco", "other", "2024-07"),
        ("$242 billion", 242 * B, "USD", "Costco", "revenue", "2023"),
        ("$107 billion", 107 * B, "USD", "Target", "revenue", "2024"),
        ("$19.50", 19.50, "USD", "Costco", "other", "2024-07"),
        ("$15", 15, "USD", "Target", "other", "2024-07"),
        ("$24", 24, "USD", "Target", "other", "2024-07"),
        ("$50", 50, "USD", "Sam's Club", "other", "2024-07"),
        ("$110", 110, "USD", "Sam's Club", "other", "2024-07"),
    ],
    "06": [
        ("A$2.08 billion", 2.08 * B, "AUD", QAN, "profit", "2024"),
        ("A$2.47 billion", 2.47 * B, "AUD", QAN, "profit", "2023"),
        ("A$2.0 billion", 2.0 * B, "AUD", QAN, "profit", "2024"),
        ("A$1.25 billion", 1.25 * B, "AUD", QAN, "profit", "2024"),
        ("A$1.74 billion", 1.74 * B, "AUD", QAN, "profit", "2023"),
        ("A$22.1 billion", 22.1 * B, "AUD", QAN, "revenue", "2024"),
        ("A$20.1 billion", 20.1 * B, "AUD", QAN, "revenue", "2023"),
        ("A$1.07 billion", 1.07 * B, "AUD", "Qantas Domestic", "profit", "2024"),
        ("A$0.83 billion", 0.83 * B, "AUD", "Qantas International", "profit", "2024"),
        ("A$0.48 billion", 0.48 * B, "AUD", "Jetstar", "profit", "2024"),
        ("A$0.52 billion", 0.52 * B, "AUD", "Qantas Loyalty", "profit", "2024"),
        ("A$2.90 billion", 2.90 * B, "AUD", QAN, "profit", "2024"),
        ("A$120 million", 120 * M, "AUD", QAN, "other", "2024-05"),
        ("A$100 million", 100 * M, "AUD", QAN, "other", "2024-05"),
        ("A$20 million", 20 * M, "AUD", QAN, "other", "2024-05"),
        ("A$120 million", 120 * M, "AUD", QAN, "other", "2024-08"),
        ("A$9.26 million", 9.26 * M, "AUD", "Alan Joyce", "other", "2024-08"),
        ("A$400 million", 400 * M, "AUD", QAN, "other", "2024-08"),
        ("US$215 million", 215 * M, "USD", QAN, "other", "2024-08"),
        ("A$2.08", 2.08, "AUD", QAN, "profit", "2024"),
    ],
    "07": [
        ("12,516", 12516 * M, "CAD", SU, "revenue", "2023-12"),
        ("49,920", 49920 * M, "CAD", SU, "revenue", "2023"),
        ("58,336", 58336 * M, "CAD", SU, "revenue", "2022"),
        ("2,820", 2820 * M, "CAD", SU, "profit", "2023-12"),
        ("8,295", 8295 * M, "CAD", SU, "profit", "2023"),
        ("9,077", 9077 * M, "CAD", SU, "profit", "2022"),
        ("2,028", 2028 * M, "CAD", SU, "profit", "2023-12"),
        ("7,232", 7232 * M, "CAD", SU, "profit", "2023"),
        ("13,281", 13281 * M, "CAD", SU, "profit", "2022"),
        ("3,429", 3429 * M, "CAD", SU, "other", "2023-12"),
        ("12,633", 12633 * M, "CAD", SU, "other", "2023"),
        ("16,683", 16683 * M, "CAD", SU, "other", "2022"),
        ("1,579", 1579 * M, "CAD", SU, "other", "2023-12"),
        ("5,896", 5896 * M, "CAD", SU, "other", "2023"),
        ("4,942", 4942 * M, "CAD", SU, "other", "2022"),
        ("C$8.3 billion", 8.3 * B, "CAD", SU, "profit", "2023"),
        ("US$6.1 billion", 6.1 * B, "USD", SU, "profit", "2023"),
        ("C$7.2 billion", 7.2 * B, "CAD", SU, "profit", "2023"),
        ("C$13.3 billion", 13.3 * B, "CAD", SU, "profit", "2022"),
        ("C$13.6 billion", 13.6 * B, "CAD", SU, "other", "2023"),
        ("C$2.82 billion", 2.82 * B, "CAD", SU, "profit", "2023-12"),
        ("C$4.4 billion", 4.4 * B, "CAD", SU, "other", "2023"),
        ("C$2.7 billion", 2.7 * B, "CAD", SU, "other", "2023"),
        ("C$1.7 billion", 1.7 * B, "CAD", SU, "other", "2023"),
    ],
    "08": [
        ("R$170 billion", 170 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$100 billion", 100 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$32 billion", 32 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$28 billion", 28 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$170 billion", 170 * B, "BRL", "Samarco", "other", "2024-10"),
        ("$29.8 billion", 29.8 * B, "USD", "Samarco", "other", "2024-10"),
        ("R$50 billion", 50 * B, "BRL", "Samarco", "other", "2024-10"),
        ("$1.2 billion", 1.2 * B, "USD", "Vale", "other", "2024-09"),
        ("2.4 billion", 2.4 * B, None, "Vale", "profit", "2024-09"),
        ("$2.9 billion", 2.9 * B, "USD", "Vale", "profit", "2023-09"),
        ("$3.4 billion", 3.4 * B, "USD", "Vale Base Metals", "price_paid", "2023-07"),
        ("$26 billion", 26 * B, "USD", "Vale Base Metals", "valuation", "2023-07"),
        ("£36 billion", 36 * B, "GBP", "BHP", "other", None),
    ],
    "09": [
        ("$5.8 billion", 5.8 * B, "USD", RIO, "profit", "2024-06"),
        ("$2.9 billion", 2.9 * B, "USD", RIO, "other", "2024-06"),
        ("$26.8 billion", 26.8 * B, "USD", RIO, "revenue", "2024-06"),
        ("US$5.68 billion", 5.68 * B, "USD", FMG, "profit", "2024"),
        ("US$18.2 billion", 18.2 * B, "USD", FMG, "revenue", "2024"),
        ("$26.8 billion", 26.8 * B, "USD", RIO, "revenue", "2024-06"),
        ("A$0.89", 0.89, "AUD", FMG, "other", "2024"),
        ("A$1.08", 1.08, "AUD", FMG, "other", "2024"),
        ("A$1.97", 1.97, "AUD", FMG, "other", "2024"),
        ("A$6.1 billion", 6.1 * B, "AUD", FMG, "other", "2024"),
        ("US$4.1 billion", 4.1 * B, "USD", FMG, "other", "2024"),
        ("5.7 billion", 5.7 * B, None, FMG, "profit", "2024"),
        (
            "$3.3 billion",
            3.3 * B,
            "USD",
            "Turquoise Hill Resources",
            "price_paid",
            "2022-12",
        ),
        ("C$43", 43, "CAD", "Turquoise Hill Resources", "share_price", "2022-12"),
        (
            "$6.7 billion",
            6.7 * B,
            "USD",
            "Turquoise Hill Resources",
            "valuation",
            "2022-12",
        ),
        ("$6.2 billion", 6.2 * B, "USD", RIO, "other", None),
        ("$100 billion", 100 * B, "USD", RIO, "market_cap", "2024-08"),
        ("A$60 billion", 60 * B, "AUD", FMG, "market_cap", "2024-08"),
        (
            "$3.3 billion",
            3.3 * B,
            "USD",
            "Turquoise Hill Resources",
            "price_paid",
            "2021",
        ),
    ],
    "10": [
        ("$370 million", 370 * M, "USD", "Barrick Gold", "profit", "2024-06"),
        ("21 cents", 0.21, "USD", "Barrick Gold", "other", "2024-06"),
        ("$305 million", 305 * M, "USD", "Barrick Gold", "profit", "2023-06"),
        ("$3.16 billion", 3.16 * B, "USD", "Barrick Gold", "revenue", "2024-06"),
        ("$2,344", 2344, "USD", "Barrick Gold", "other", "2024-06"),
    ],
    "11": [
        ("US$140 billion", 140 * B, "USD", SHOP, "market_cap", None),
        ("C$190 billion", 190 * B, "CAD", SHOP, "market_cap", None),
        ("US$8.88 billion", 8.88 * B, "USD", SHOP, "revenue", "2024"),
        ("US$7.06 billion", 7.06 * B, "USD", SHOP, "revenue", "2023"),
        ("C$9.1 billion", 9.1 * B, "CAD", SHOP, "revenue", "2024"),
        ("US$2.35 billion", 2.35 * B, "USD", SHOP, "other", "2024"),
        ("US$6.53 billion", 6.53 * B, "USD", SHOP, "other", "2024"),
        ("US$292.3 billion", 292.3 * B, "USD", SHOP, "other", "2024"),
        ("US$1.6 billion", 1.6 * B, "USD", SHOP, "other", "2024"),
        ("US$100 million", 100 * M, "USD", "Klaviyo", "investment", "2022"),
        ("US$9.2 billion", 9.2 * B, "USD", "Klaviyo", "valuation", "2021"),
        ("US$8 billion", 8 * B, "USD", "Flexport", "valuation", "2022"),
        ("US$1 billion", 1 * B, "USD", "Flexport", "other", "2023"),
        ("US$17", 17, "USD", SHOP, "share_price", "2015-05"),
        ("US$1.70", 1.70, "USD", SHOP, "share_price", "2015-05"),
    ],
    "12": [
        ("US$4.5 billion", 4.5 * B, "USD", TV, "price_paid", "2022-01"),
        ("US$3 billion", 3 * B, "USD", TV, "other", "2022-01"),
        ("US$1.5 billion", 1.5 * B, "USD", TV, "other", "2022-01"),
        ("Ps62.3 billion", 62.3 * B, "MXN", TV, "revenue", "2024"),
        ("Ps65.6 billion", 65.6 * B, "MXN", TV, "revenue", "2023"),
        ("US$3.4 billion", 3.4 * B, "USD", TV, "revenue", "2024"),
        ("$62,300 million", 62300 * M, "MXN", TV, "revenue", "2024"),
        ("US$45.1 billion pesos", 45.1 * B, "MXN", "izzi", "revenue", "2024"),
        ("30.5 billion", 30.5 * B, None, TV, "other", "2024-12"),
        ("Ps0.35", 0.35, "MXN", TV, "other", None),
        ("US$1 billion", 1 * B, "USD", "TelevisaUnivision", "investment", "2021"),
    ],
    "13": [
        ("R$41.4 billion", 41.4 * B, "BRL", ITUB, "profit", "2024"),
        ("R$41.4 billion", 41.4 * B, "BRL", ITUB, "profit", "2024"),
        ("R$35.9 billion", 35.9 * B, "BRL", ITUB, "profit", "2023"),
        ("R$10.9 billion", 10.9 * B, "BRL", ITUB, "profit", "2024-12"),
        ("US$8.3 billion", 8.3 * B, "USD", ITUB, "profit", "2024"),
        ("R$1.3 trillion", 1.3e12, "BRL", ITUB, "other", "2024-12"),
        ("R$19.6 billion", 19.6 * B, "BRL", "Bradesco", "profit", "2024"),
        ("$41.4 billion reais", 41.4 * B, "BRL", ITUB, "profit", "2024"),
        ("R$15 billion", 15 * B, "BRL", ITUB, "other", "2025-02"),
        ("R$6.3 billion", 6.3 * B, "BRL", "XP Investimentos", "price_paid", "2017-05"),
        ("R$12.6 billion", 12.6 * B, "BRL", "XP Investimentos", "valuation", "2017-05"),
        ("R$10.2 billion", 10.2 * B, "BRL", ITUB, "profit", "2024-12"),
        ("R$10.9 billion", 10.9 * B, "BRL", ITUB, "profit", "2024-12"),
    ],
    "14": [
        ("C$2.3 billion", 2.3 * B, "CAD", AC, "profit", "2023"),
        ("C$2.27 billion", 2.27 * B, "CAD", AC, "profit", "2023"),
        ("C$1.7 billion", 1.7 * B, "CAD", AC, "loss", "2022"),
        ("C$21.83 billion", 21.83 * B, "CAD", AC, "revenue", "2023"),
        ("C$16.56 billion", 16.56 * B, "CAD", AC, "revenue", "2022"),
        ("US$16.1 billion", 16.1 * B, "USD", AC, "revenue", "2023"),
        ("C$2.28 billion", 2.28 * B, "CAD", AC, "profit", "2023"),
        ("US$2.27 billion Canadian dollars", 2.27 * B, "CAD", AC, "profit", "2023"),
        ("C$1.09", 1.09, "CAD", AC, "other", "2023"),
        ("C$1.30", 1.30, "CAD", AC, "other", "2022"),
        ("C$18", 18, "CAD", "Transat", "share_price", "2019-08"),
        ("C$14", 14, "CAD", "Transat", "share_price", "2019-07"),
        ("C$5", 5, "CAD", "Transat", "share_price", "2020-10"),
        ("C$12.5 million", 12.5 * M, "CAD", "Transat", "other", "2021-04"),
        ("C$6.9 billion", 6.9 * B, "CAD", AC, "market_cap", "2024-02"),
    ],
    "15": [
        ("A$18.7 billion", 18.7 * B, "AUD", ORG, "valuation", "2023-12"),
        ("A$9.08", 9.08, "AUD", ORG, "share_price", "2023-12"),
        ("A$0.41", 0.41, "AUD", ORG, "other", "2023-12"),
        ("A$9.39", 9.39, "AUD", ORG, "share_price", "2023-12"),
        ("A$16.2 billion", 16.2 * B, "AUD", ORG, "valuation", "2023-12"),
        ("A$18.7 billion", 18.7 * B, "AUD", ORG, "valuation", "2023-12"),
        ("US$12.3 billion", 12.3 * B, "USD", ORG, "valuation", "2023-12"),
        ("A$4.1 billion", 4.1 * B, "AUD", ORG, "other", "2023-12"),
        ("A$18.7", 18.7, "AUD", ORG, "valuation", "2023-12"),
        ("A$20 billion", 20 * B, "AUD", ORG, "investment", None),
        ("A$30 billion", 30 * B, "AUD", ORG, "investment", None),
        ("A$8.25", 8.25, "AUD", "AGL Energy", "share_price", "2022-02"),
        ("A$8.28", 8.28, "AUD", ORG, "share_price", "2023-12"),
    ],
    "16": [
        ("$6.6 billion", 6.6 * B, "USD", "Macy's", "valuation", "2024-03"),
        ("$24", 24, "USD", "Macy's", "share_price", "2024-03"),
        ("$6.6 billion", 6.6 * B, "USD", "Macy's", "valuation", "2024-03"),
        ("$21", 21, "USD", "Macy's", "share_price", "2023-12"),
        ("$5.8 billion", 5.8 * B, "USD", "Macy's", "valuation", "2023-12"),
        ("$19.94", 19.94, "USD", "Macy's", "share_price", "2024-03"),
        ("$5.5 billion", 5.5 * B, "USD", "Macy's", "market_cap", "2024-03"),
        ("$240 million", 240 * M, "USD", "Macy's", "other", "2024-03"),
        ("$71 million", 71 * M, "USD", "Macy's", "loss", "2024-01"),
        ("$8.1 billion", 8.1 * B, "USD", "Macy's", "revenue", "2024-01"),
        ("$23.1 billion", 23.1 * B, "USD", "Macy's", "revenue", "2024"),
    ],
    "17": [
        ("$3.7 billion", 3.7 * B, "USD", WFC, "other", "2022-12"),
        ("$3.7 billion", 3.7 * B, "USD", WFC, "other", "2022-12"),
        ("$2 billion", 2 * B, "USD", WFC, "other", "2022-12"),
        ("$1.7 billion", 1.7 * B, "USD", WFC, "other", "2022-12"),
        ("$185 million", 185 * M, "USD", WFC, "other", "2016"),
        ("$3 billion", 3 * B, "USD", WFC, "other", "2020"),
        ("$3.5 billion", 3.5 * B, "USD", WFC, "other", "2022-12"),
        ("$35", 35, "USD", WFC, "other", None),
        ("$1.95 trillion", 1.95e12, "USD", WFC, "other", "2018"),
        (
            "$2.1 billion",
            2.1 * B,
            "USD",
            "Wells Fargo Asset Management",
            "price_paid",
            "2021",
        ),
        (
            "$750 million",
            750 * M,
            "USD",
            "Wells Fargo Corporate Trust Services",
            "price_paid",
            "2021",
        ),
        ("$3.9 billion", 3.9 * B, "USD", WFC, "other", "2022-12"),
    ],
    "18": [
        ("€6.1 billion", 6.1 * B, "EUR", "Neoen", "valuation", "2024-05"),
        ("€6.1 billion", 6.1 * B, "EUR", "Neoen", "valuation", "2024-05"),
        ("$6.6 billion", 6.6 * B, "USD", "Neoen", "valuation", "2024-05"),
        ("€39.85", 39.85, "EUR", "Neoen", "share_price", "2024-05"),
        ("€3.2 billion", 3.2 * B, "EUR", "Neoen", "price_paid", "2024-05"),
        ("€31.40", 31.40, "EUR", "Neoen", "share_price", "2024-05"),
        ("€518 million", 518 * M, "EUR", "Neoen", "revenue", "2023"),
        ("A$18.7 billion", 18.7 * B, "AUD", ORG, "valuation", "2023-12"),
        ("€6.4 billion", 6.4 * B, "EUR", "Neoen", "valuation", "2024-05"),
    ],
}

# (id, type, [refs], explanation); the flagged figure comes first.
PROBLEMS = [
    # currency-conflict
    (
        "E01",
        "currency-conflict",
        [("12", "US$45.1 billion pesos"), ("12", "Ps62.3 billion")],
        (
            "Cable revenue is written 'US$45.1 billion pesos', a US-dollar sign with the word "
            "pesos; the primer reports Televisa's revenue in pesos (Ps62.3 billion in total), "
            "so the figure is Ps45.1 billion and the 'US$' is wrong."
        ),
    ),
    (
        "E02",
        "currency-conflict",
        [("13", "$41.4 billion reais"), ("13", "R$41.4 billion", 2)],
        (
            "'$41.4 billion reais' pairs a dollar sign with the word reais; the same profit is "
            "R$41.4 billion earlier in the story (about US$7.1 billion)."
        ),
    ),
    (
        "E03",
        "currency-conflict",
        [("14", "US$2.27 billion Canadian dollars"), ("14", "C$2.27 billion")],
        (
            "The CFO's quote gives the profit as 'US$2.27 billion Canadian dollars', a US-dollar "
            "sign with Canadian dollars; the story reports net income of C$2.27 billion."
        ),
    ),
    # missing-scale
    (
        "E04",
        "missing-scale",
        [("03", "$4.4"), ("03", "$4.4 billion")],
        (
            "'that $4.4 business' has lost its magnitude: advertising revenue is $4.4 billion in "
            "the CEO's remarks and in the analyst's question."
        ),
    ),
    (
        "E05",
        "missing-scale",
        [("06", "A$2.08"), ("06", "A$2.08 billion")],
        (
            "'the A$2.08 outcome' has lost its magnitude: the note opens with underlying profit "
            "before tax of A$2.08 billion."
        ),
    ),
    (
        "E06",
        "missing-scale",
        [("15", "A$18.7"), ("15", "A$18.7 billion", 2)],
        (
            "'the A$18.7 price' has lost its magnitude: the enterprise value of the offer is "
            "A$18.7 billion in the title and the second paragraph."
        ),
    ),
    # missing-currency
    (
        "E07",
        "missing-currency",
        [("02", "34 billion"), ("02", "£34 billion")],
        (
            "'the 34 billion offer' has no currency in a column that uses pounds, US dollars and "
            "Australian dollars; the second proposal was £34 billion."
        ),
    ),
    (
        "E08",
        "missing-currency",
        [("08", "2.4 billion"), ("08", "$2.9 billion")],
        (
            "Vale's third-quarter net income is '2.4 billion' with no currency in a story that "
            "mixes reais and dollars; the year-earlier comparison is $2.9 billion (Vale reported "
            "$2.4 billion)."
        ),
    ),
    (
        "E09",
        "missing-currency",
        [("09", "5.7 billion"), ("09", "US$5.68 billion")],
        (
            "'Fortescue's 5.7 billion profit' has no currency in a column that mixes US and "
            "Australian dollars; the profit is US$5.68 billion (about A$8.6 billion)."
        ),
    ),
    (
        "E10",
        "missing-currency",
        [("12", "30.5 billion")],
        (
            "Net debt of '30.5 billion' has no currency in a primer that uses both pesos and US "
            "dollars (it is a peso figure)."
        ),
    ),
    # fx-mismatch
    (
        "E11",
        "fx-mismatch",
        [("02", "$49 billion"), ("02", "£34 billion")],
        (
            "At the ECB cross rate for 2024-05-30 (about 1.27 USD per GBP) £34 billion is "
            "about $43.2 billion, not $49 billion (+13%); $49 billion was the value of the "
            "final proposal (£38.6 billion)."
        ),
    ),
    (
        "E12",
        "fx-mismatch",
        [("06", "US$215 million"), ("06", "A$400 million")],
        (
            "At the ECB cross rate for 2024-08-29 (about 0.68 USD per AUD) A$400 million is about "
            "US$273 million, not US$215 million (-21%)."
        ),
    ),
    (
        "E13",
        "fx-mismatch",
        [("11", "C$9.1 billion"), ("11", "US$8.88 billion")],
        (
            "US$8.88 billion is C$11.0 billion to C$12.7 billion at the 2020-2026 rates (about "
            "1.24-1.44 CAD per USD); C$9.1 billion is 17-29% short whatever the date of this "
            "undated explainer."
        ),
    ),
    (
        "E14",
        "fx-mismatch",
        [("13", "US$8.3 billion"), ("13", "R$41.4 billion", 2)],
        (
            "At the ECB cross rate for 2025-02-06 (about 5.8 BRL per USD) R$41.4 billion is about "
            "US$7.1 billion, not US$8.3 billion (+16%)."
        ),
    ),
    # figure-conflict
    (
        "E15",
        "figure-conflict",
        [("02", "£36.8 billion"), ("01", "£38.6 billion")],
        (
            "The second outlet gives BHP's final proposal as £36.8 billion; the wire story gives "
            "£38.6 billion (digits transposed)."
        ),
    ),
    (
        "E16",
        "figure-conflict",
        [("07", "C$13.6 billion"), ("07", "12,633")],
        (
            "The prose puts 2023 adjusted funds from operations at C$13.6 billion; the table "
            "in the same article shows C$12,633 million."
        ),
    ),
    (
        "E17",
        "figure-conflict",
        [("17", "$3.9 billion"), ("17", "$3.7 billion", 2)],
        (
            "The closing paragraph calls it a $3.9 billion settlement; the story and title give "
            "$3.7 billion ($2 billion of redress plus a $1.7 billion penalty)."
        ),
    ),
    (
        "E18",
        "figure-conflict",
        [("18", "€6.4 billion"), ("18", "€6.1 billion", 2)],
        (
            "'the €6.4 billion offer' contradicts the €6.1 billion valuation of the same "
            "offer in the title and first paragraph."
        ),
    ),
    # period-conflict
    (
        "E19",
        "period-conflict",
        [("02", "£31.1 billion"), ("01", "£31.1 billion")],
        (
            "The column says BHP opened 'in March' with £31.1 billion; the wire dates the same "
            "first approach April 25, 2024."
        ),
    ),
    (
        "E20",
        "period-conflict",
        [("04", "$7.9 billion", 2), ("04", "$7.9 billion")],
        (
            "The $7.9 billion Visa gain is recognised in the three months ended June 30, 2024 in "
            "the results section, but 'recorded in the three months ended March 31, 2024' in the "
            "nine-month comparison."
        ),
    ),
    (
        "E21",
        "period-conflict",
        [("09", "$3.3 billion", 2), ("09", "$3.3 billion")],
        (
            "The $3.3 billion Turquoise Hill buyout is dated December 2022 earlier in the column "
            "and called 'the 2021 Turquoise Hill buyout' at the end."
        ),
    ),
    # sum-mismatch
    (
        "E22",
        "sum-mismatch",
        [
            ("03", "$180.6 billion", 2),
            ("03", "$120.6 billion"),
            ("03", "$29.5 billion"),
            ("03", "$23.4 billion"),
            ("03", "$1.6 billion"),
        ],
        (
            "$120.6 + 29.5 + 23.4 + 1.6 billion = $175.1 billion, not the $180.6 billion of total "
            "revenue the CFO says they add up to."
        ),
    ),
    (
        "E23",
        "sum-mismatch",
        [
            ("04", "$12.9 billion", 2),
            ("04", "$4.0 billion"),
            ("04", "$6.0 billion"),
            ("04", "$1.4 billion", 2),
            ("04", "$2.5 billion"),
        ],
        (
            "Segment net income of $4.0 + 6.0 + 1.4 + 2.5 billion = $13.9 billion, not the Firm's "
            "$12.9 billion stated in the next sentence."
        ),
    ),
    (
        "E24",
        "sum-mismatch",
        [
            ("08", "R$170 billion", 2),
            ("08", "R$100 billion"),
            ("08", "R$32 billion"),
            ("08", "R$28 billion"),
        ],
        (
            "The three bullets add up to R$100 + 32 + 28 billion = R$160 billion, not the "
            "R$170 billion the next sentence says they make up."
        ),
    ),
    (
        "E25",
        "sum-mismatch",
        [("15", "A$9.39"), ("15", "A$9.08"), ("15", "A$0.41")],
        (
            "A$9.08 cash plus a dividend of up to A$0.41 is A$9.49 a share, not the A$9.39 the "
            "next sentence gives as their total."
        ),
    ),
    # change-mismatch
    (
        "E26",
        "change-mismatch",
        [("04", "$3.1 billion"), ("04", "$1.4 billion")],
        (
            "A provision of $3.1 billion against $1.4 billion (previous sentence) is an increase "
            "of about 121%, not 45%."
        ),
    ),
    (
        "E27",
        "change-mismatch",
        [("07", "C$8.3 billion"), ("07", "9,077")],
        (
            "Net earnings of C$8.3 billion (8,295 in the table) against C$9,077 million in 2022 is "
            "a decline of about 9%, not 19%."
        ),
    ),
    (
        "E28",
        "change-mismatch",
        [("10", "$370 million"), ("10", "$305 million")],
        "$370 million against $305 million is an increase of about 21%, not 81%.",
    ),
    # stake-mismatch
    (
        "E29",
        "stake-mismatch",
        [("08", "$3.4 billion"), ("08", "$26 billion")],
        (
            "$3.4 billion for 10% implies a value of $34 billion; at the stated $26 billion "
            "valuation it would buy about 13%, and 10% would cost $2.6 billion."
        ),
    ),
    (
        "E30",
        "stake-mismatch",
        [("11", "US$100 million"), ("11", "US$9.2 billion")],
        ("US$100 million at a US$9.2 billion valuation buys about 1.1% of Klaviyo, not about 4%."),
    ),
    (
        "E31",
        "stake-mismatch",
        [("15", "A$4.1 billion"), ("15", "A$16.2 billion")],
        (
            "A 17% stake in equity valued at A$16.2 billion is worth about A$2.75 billion, not "
            "A$4.1 billion (which would be about 25%)."
        ),
    ),
    # multiple-mismatch
    (
        "E32",
        "multiple-mismatch",
        [("05", "$242 billion"), ("05", "$107 billion")],
        "$242 billion is about 2.3 times $107 billion, not 'more than three times'.",
    ),
    (
        "E33",
        "multiple-mismatch",
        [("09", "$26.8 billion", 2), ("09", "US$18.2 billion")],
        "$26.8 billion is about 1.5 times US$18.2 billion, not 'almost three times'.",
    ),
    (
        "E34",
        "multiple-mismatch",
        [("13", "R$41.4 billion", 2), ("13", "R$19.6 billion")],
        "R$41.4 billion is about 2.1 times R$19.6 billion, not 'more than three times'.",
    ),
]

# (id, [refs], why_consistent)
TRAPS = [
    # document 01
    (
        "C01",
        [("01", "£38.6 billion"), ("01", "$49 billion")],
        (
            "At the ECB cross rate for 2024-05-29 (about 1.275 USD per GBP) £38.6 billion is "
            "$49.2 billion."
        ),
    ),
    (
        "C02",
        [("01", "£29.34"), ("01", "£38.6 billion")],
        (
            "Per-share value versus the total: £29.34 a share across Anglo's roughly 1.3 billion "
            "shares is about £38.6 billion."
        ),
    ),
    (
        "C03",
        [("01", "£34 billion"), ("01", "£31.1 billion")],
        "£34 billion is 9.3% more than £31.1 billion, as 'about 9% more' says.",
    ),
    (
        "C04",
        [("01", "£27.20"), ("01", "£25.08")],
        (
            "Two different proposals on different dates (April 25 and May 13): the per-share price "
            "rose from £25.08 to £27.20."
        ),
    ),
    (
        "C05",
        [("01", "2,464 pence"), ("01", "£29.34", 2)],
        (
            "Market price versus offer value: the shares traded at 2,464 pence after BHP walked "
            "away, below the £29.34 headline value of the proposal."
        ),
    ),
    (
        "C06",
        [("01", "1,963p"), ("01", "2,464 pence")],
        (
            "The same share at two dates: 1,963p before BHP's interest was public in April, "
            "2,464 pence on May 29."
        ),
    ),
    # document 02
    (
        "C07",
        [("02", "A$220 billion"), ("02", "US$146 billion")],
        (
            "At the ECB cross rate for 2024-05-30 (about 0.662 USD per AUD) A$220 billion is "
            "US$145.6 billion."
        ),
    ),
    (
        "C08",
        [("02", "$6.9 billion"), ("02", "$9 billion")],
        (
            "$6.9 billion for 77% implies $8.96 billion for the whole coal business, i.e. the "
            "stated $9 billion."
        ),
    ),
    (
        "C09",
        [("02", "$7 billion"), ("02", "$1.6 billion")],
        (
            "Different measures: $7 billion is De Beers' carrying value after the $1.6 billion "
            "write-down, not a second estimate of the same thing."
        ),
    ),
    # document 03
    (
        "C10",
        [("03", "$180.6 billion"), ("03", "$173.4 billion")],
        ("$180.6 billion is 4.2% above $173.4 billion, in line with 'up 4.1%' (rounded inputs)."),
    ),
    (
        "C11",
        [("03", "$180.6 billion"), ("03", "$681 billion")],
        "Different periods: the fourth quarter versus the full fiscal year 2025.",
    ),
    (
        "C12",
        [("03", "275.9 billion pesos"), ("03", "$13.5 billion")],
        (
            "At the ECB cross rate for 2025-02-20 (about 20.4 MXN per USD) 275.9 billion pesos is "
            "$13.55 billion."
        ),
    ),
    (
        "C13",
        [("03", "$2.50", 2), ("03", "$2.60", 2), ("03", "$2.51")],
        "The guidance midpoint of $2.55 is 1.6% above this year's $2.51, i.e. 'about 2%'.",
    ),
    (
        "C14",
        [("03", "$0.94"), ("03", "$0.83")],
        "$0.94 is 13.3% above $0.83, as 'by 13%' says.",
    ),
    (
        "C15",
        [("03", "$7.9 billion"), ("03", "$0.66")],
        (
            "Total versus per share: adjusted operating income of $7.9 billion and adjusted EPS of "
            "$0.66 are different measures."
        ),
    ),
    (
        "C16",
        [("03", "$2.3 billion"), ("03", "$4.4 billion", 2)],
        (
            "Different measures: the price paid for Vizio versus Walmart's annual advertising "
            "revenue."
        ),
    ),
    # document 04
    (
        "C17",
        [("04", "$12.9 billion"), ("04", "$13.2 billion")],
        "$12.9 billion is 2.3% below $13.2 billion, 'a decrease of 2%'.",
    ),
    (
        "C18",
        [("04", "$4.37"), ("04", "$4.33")],
        (
            "Per-share versus total: EPS rose while net income fell because of a lower share "
            "count, as the text says."
        ),
    ),
    (
        "C19",
        [("04", "$43.3 billion"), ("04", "$40.7 billion")],
        "$43.3 billion is 6.4% above $40.7 billion, 'up 6%'.",
    ),
    (
        "C20",
        [("04", "$43.3 billion"), ("04", "$23.5 billion"), ("04", "$19.8 billion")],
        (
            "$23.5 billion of net interest income plus $19.8 billion of noninterest revenue is "
            "$43.3 billion."
        ),
    ),
    (
        "C21",
        [("04", "$3.1 billion"), ("04", "$1.0 billion"), ("04", "$2.1 billion")],
        (
            "Reserve builds of $1.0 billion plus net charge-offs of $2.1 billion make the "
            "$3.1 billion provision."
        ),
    ),
    (
        "C22",
        [("04", "$16.5 billion"), ("04", "$12.9 billion")],
        (
            "Pretax versus net: $16.5 billion before tax at a 21.9% effective rate leaves "
            "$12.9 billion."
        ),
    ),
    (
        "C23",
        [("04", "$44.4 billion"), ("04", "$12.9 billion")],
        "Different periods ending the same day: nine months versus the third quarter of 2024.",
    ),
    (
        "C24",
        [
            ("04", "$44.4 billion", 2),
            ("04", "$7.9 billion", 2),
            ("04", "$40.3 billion", 2),
        ],
        (
            "$44.4 billion less the $7.9 billion gain is $36.5 billion, below $40.3 billion, "
            "as the sentence says (the period-conflict of the same gain is labelled "
            "separately)."
        ),
    ),
    # document 05
    (
        "C25",
        [("05", "$65"), ("05", "$60"), ("05", "$130"), ("05", "$120")],
        "$65/$60 and $130/$120 are both rises of 8.3%, 'just over 8% in both cases'.",
    ),
    (
        "C26",
        [("05", "C$65"), ("05", "C$60")],
        "The Canadian fee rises by the same C$5 in Canadian dollars; no conversion is implied.",
    ),
    (
        "C27",
        [("05", "A$1.79"), ("05", "US$1.19")],
        "At the ECB cross rate for 2024-07-15 (about 0.678 USD per AUD) A$1.79 is US$1.21.",
    ),
    (
        "C28",
        [("05", "$4.99"), ("05", "40 cents"), ("05", "$5.39")],
        "$5.39 - $4.99 = 40 cents.",
    ),
    (
        "C29",
        [("05", "$50"), ("05", "$65")],
        "Different companies: Sam's Club's basic fee versus Costco's new basic fee.",
    ),
    # document 06
    (
        "C30",
        [("06", "A$2.08 billion"), ("06", "A$2.47 billion")],
        "A$2.08 billion is 15.8% below A$2.47 billion, 'down 16%'.",
    ),
    (
        "C31",
        [("06", "A$22.1 billion"), ("06", "A$20.1 billion")],
        "A$22.1 billion is 10.0% above A$20.1 billion.",
    ),
    (
        "C32",
        [
            ("06", "A$2.90 billion"),
            ("06", "A$1.07 billion"),
            ("06", "A$0.83 billion"),
            ("06", "A$0.48 billion"),
            ("06", "A$0.52 billion"),
        ],
        "1.07 + 0.83 + 0.48 + 0.52 = A$2.90 billion.",
    ),
    (
        "C33",
        [("06", "A$2.90 billion"), ("06", "A$2.08 billion")],
        (
            "Segment versus group: segment EBIT of A$2.90 billion is before corporate costs "
            "and net finance costs; underlying profit before tax is after them."
        ),
    ),
    (
        "C34",
        [("06", "A$1.25 billion"), ("06", "A$2.08 billion")],
        (
            "Different measures: statutory profit after tax versus underlying profit before tax, "
            "as the note explains."
        ),
    ),
    (
        "C35",
        [("06", "A$2.0 billion"), ("06", "A$2.08 billion")],
        "Market expectation versus the actual result for the same year.",
    ),
    (
        "C36",
        [("06", "A$120 million"), ("06", "A$100 million"), ("06", "A$20 million")],
        (
            "A$100 million penalty plus about A$20 million of payments is the A$120 million "
            "settlement."
        ),
    ),
    (
        "C37",
        [("06", "A$120 million", 2), ("06", "A$120 million")],
        (
            "Same amount, different matters and dates: ground workers' compensation (August) and "
            "the ACCC settlement (May); not one figure with two dates."
        ),
    ),
    # document 07
    (
        "C38",
        [("07", "C$8.3 billion"), ("07", "8,295")],
        "Rounded restatement: C$8,295 million is C$8.3 billion.",
    ),
    (
        "C39",
        [("07", "C$8.3 billion"), ("07", "US$6.1 billion")],
        (
            "At the ECB cross rate for 2024-02-21 (about 1.35 CAD per USD) C$8.3 billion is "
            "US$6.14 billion."
        ),
    ),
    (
        "C40",
        [("07", "C$7.2 billion"), ("07", "C$13.3 billion")],
        (
            "C$7.2 billion is 46% below C$13.3 billion, 'by almost half'; both round the table's "
            "7,232 and 13,281."
        ),
    ),
    (
        "C41",
        [("07", "C$2.82 billion"), ("07", "2,820")],
        "Rounded restatement of the fourth-quarter net earnings in the table.",
    ),
    (
        "C42",
        [("07", "C$4.4 billion"), ("07", "C$2.7 billion"), ("07", "C$1.7 billion")],
        "C$2.7 billion of dividends plus C$1.7 billion of buybacks is C$4.4 billion.",
    ),
    (
        "C43",
        [("07", "2,820"), ("07", "8,295")],
        "Different periods: fourth quarter versus full year 2023.",
    ),
    (
        "C44",
        [("07", "12,633"), ("07", "5,896")],
        (
            "Different measures: funds from operations versus capital expenditures (the table's "
            "12,633 covers 5,896 2.1 times)."
        ),
    ),
    # document 08
    (
        "C45",
        [("08", "R$170 billion", 2), ("08", "$29.8 billion")],
        (
            "At the ECB cross rate for 2024-10-25 (about 5.67 BRL per USD) R$170 billion is "
            "$29.96 billion."
        ),
    ),
    (
        "C46",
        [("08", "R$50 billion"), ("08", "R$100 billion")],
        "Half of the R$100 billion of new payments is R$50 billion for each owner.",
    ),
    # document 09
    (
        "C47",
        [("09", "$2.9 billion"), ("09", "$5.8 billion")],
        "$2.9 billion is half of $5.8 billion, as the policy described requires.",
    ),
    (
        "C48",
        [("09", "A$1.97"), ("09", "A$0.89"), ("09", "A$1.08")],
        "A$0.89 + A$1.08 = A$1.97.",
    ),
    (
        "C49",
        [("09", "A$6.1 billion"), ("09", "US$4.1 billion")],
        (
            "At the ECB cross rate for 2024-08-30 (about 0.680 USD per AUD) A$6.1 billion is "
            "US$4.15 billion."
        ),
    ),
    (
        "C50",
        [("09", "$3.3 billion"), ("09", "$6.7 billion")],
        "$3.3 billion for 49% implies $6.73 billion for the whole of Turquoise Hill.",
    ),
    (
        "C51",
        [("09", "$5.8 billion"), ("09", "US$5.68 billion")],
        (
            "Different companies and periods: Rio's half-year underlying profit versus Fortescue's "
            "full-year profit."
        ),
    ),
    (
        "C52",
        [("09", "A$1.97"), ("09", "A$6.1 billion")],
        (
            "Per share versus total: A$1.97 a share across about 3.1 billion shares is about "
            "A$6.1 billion."
        ),
    ),
    # document 10
    (
        "C53",
        [("10", "$370 million"), ("10", "21 cents")],
        "Total versus per share: $370 million over about 1.75 billion shares is 21 cents.",
    ),
    # document 11
    (
        "C54",
        [("11", "US$140 billion"), ("11", "C$190 billion")],
        (
            "Undated: at 1.36 CAD per USD (within the 2020-2026 range) US$140 billion is "
            "C$190 billion."
        ),
    ),
    (
        "C55",
        [("11", "US$8.88 billion"), ("11", "US$7.06 billion")],
        "US$8.88 billion is 25.8% above US$7.06 billion, 'up 26%'.",
    ),
    (
        "C56",
        [
            ("11", "US$8.88 billion"),
            ("11", "US$2.35 billion"),
            ("11", "US$6.53 billion"),
        ],
        "US$2.35 billion + US$6.53 billion = US$8.88 billion.",
    ),
    (
        "C57",
        [("11", "US$292.3 billion"), ("11", "US$8.88 billion")],
        (
            "Different measures: gross merchandise volume versus revenue; 8.88/292.3 = 3.0%, "
            "'roughly 3%'."
        ),
    ),
    (
        "C58",
        [("11", "US$1 billion"), ("11", "US$8 billion")],
        "13% of US$8 billion is US$1.04 billion, 'roughly US$1 billion'.",
    ),
    (
        "C59",
        [("11", "US$17"), ("11", "US$1.70")],
        "The same IPO price before and after the ten-for-one split.",
    ),
    # document 12
    (
        "C60",
        [("12", "US$4.5 billion"), ("12", "US$3 billion"), ("12", "US$1.5 billion")],
        "US$3 billion in cash plus US$1.5 billion in shares is US$4.5 billion.",
    ),
    (
        "C61",
        [("12", "Ps62.3 billion"), ("12", "Ps65.6 billion")],
        "Ps62.3 billion is 5.0% below Ps65.6 billion.",
    ),
    (
        "C62",
        [("12", "Ps62.3 billion"), ("12", "US$3.4 billion")],
        (
            "Undated: at 18.3 MXN per USD (within the 2020-2026 range) Ps62.3 billion is "
            "US$3.4 billion."
        ),
    ),
    (
        "C63",
        [("12", "$62,300 million"), ("12", "Ps62.3 billion")],
        (
            "Mexican filings write the peso with the $ sign, as the text explains: $62,300 million "
            "is the same Ps62.3 billion, not a dollar figure."
        ),
    ),
    # document 13
    (
        "C64",
        [("13", "R$41.4 billion", 2), ("13", "R$35.9 billion")],
        "R$41.4 billion is 15.3% above R$35.9 billion, 'up 15.2%' (rounded inputs).",
    ),
    (
        "C65",
        [("13", "R$10.9 billion"), ("13", "R$41.4 billion", 2)],
        "Different periods: fourth quarter versus full year 2024.",
    ),
    (
        "C66",
        [("13", "R$6.3 billion"), ("13", "R$12.6 billion")],
        "R$6.3 billion for 49.9% implies R$12.6 billion for the whole of XP.",
    ),
    (
        "C67",
        [
            ("13", "R$10.2 billion"),
            ("13", "R$10.9 billion", 2),
            ("13", "R$10.9 billion"),
        ],
        (
            "The correction explains that R$10.2 billion was the earlier, wrong figure; the story "
            "body already carries the corrected R$10.9 billion."
        ),
    ),
    # document 14
    (
        "C68",
        [("14", "C$2.3 billion"), ("14", "C$2.27 billion")],
        "Rounded restatement in the headline.",
    ),
    (
        "C69",
        [("14", "C$21.83 billion"), ("14", "C$16.56 billion")],
        "C$21.83 billion is 31.8% above C$16.56 billion, 'rose 32%'.",
    ),
    (
        "C70",
        [("14", "C$21.83 billion"), ("14", "US$16.1 billion")],
        (
            "At the ECB cross rate for 2024-02-16 (about 1.348 CAD per USD) C$21.83 billion is "
            "US$16.19 billion."
        ),
    ),
    (
        "C71",
        [("14", "C$2.28 billion"), ("14", "C$2.27 billion")],
        "Different measures that happen to be close: operating income versus net income.",
    ),
    (
        "C72",
        [("14", "C$18"), ("14", "C$14")],
        "Bids by different bidders for Transat: Air Canada's C$18 topped Groupe Mach's C$14.",
    ),
    (
        "C73",
        [("14", "C$5"), ("14", "C$18")],
        "The same bidder at different dates: Air Canada cut its C$18 price to C$5 in 2020.",
    ),
    (
        "C74",
        [("14", "C$6.9 billion"), ("14", "C$2.27 billion")],
        "C$6.9 billion is 3.04 times C$2.27 billion, 'roughly three times'.",
    ),
    # document 15
    (
        "C75",
        [("15", "A$18.7 billion", 2), ("15", "A$16.2 billion")],
        (
            "Enterprise value (including debt) versus equity value of the same offer, as the text "
            "says."
        ),
    ),
    (
        "C76",
        [("15", "A$18.7 billion", 2), ("15", "US$12.3 billion")],
        (
            "At the ECB cross rate for 2023-12-05 (about 0.656 USD per AUD) A$18.7 billion is "
            "US$12.27 billion."
        ),
    ),
    (
        "C77",
        [("15", "A$8.25"), ("15", "A$9.39")],
        (
            "Different targets and bidders: the 2022 Brookfield/Grok proposal for AGL Energy "
            "versus the consortium's offer for Origin."
        ),
    ),
    (
        "C78",
        [("15", "A$8.28"), ("15", "A$9.39")],
        "Market price after the failed vote versus the offer price.",
    ),
    # document 16
    (
        "C79",
        [("16", "$24"), ("16", "$21")],
        "$24 is 14.3% above $21, 'about 14% higher'.",
    ),
    (
        "C80",
        [("16", "$6.6 billion", 2), ("16", "$5.8 billion")],
        "Two offers at different dates (March 2024 and December 2023).",
    ),
    (
        "C81",
        [("16", "$24"), ("16", "$6.6 billion", 2)],
        "Per share versus total equity value of the same offer.",
    ),
    ("C82", [("16", "$19.94"), ("16", "$24")], "Market price versus offer price."),
    (
        "C83",
        [("16", "$240 million"), ("16", "$5.5 billion")],
        "4.4% of a $5.5 billion market value is $242 million, 'roughly $240 million'.",
    ),
    (
        "C84",
        [("16", "$6.6 billion", 2), ("16", "$23.1 billion")],
        "$6.6 billion is 29% of $23.1 billion, 'less than a third of a year's sales'.",
    ),
    (
        "C85",
        [("16", "$8.1 billion"), ("16", "$23.1 billion")],
        "Different periods: fourth quarter versus the full fiscal year.",
    ),
    # document 17
    (
        "C86",
        [("17", "$3.7 billion", 2), ("17", "$2 billion"), ("17", "$1.7 billion")],
        "More than $2 billion of redress plus a $1.7 billion penalty is about $3.7 billion.",
    ),
    (
        "C87",
        [("17", "$1.7 billion"), ("17", "$185 million")],
        "$1.7 billion is 9.2 times $185 million, 'roughly nine times'.",
    ),
    (
        "C88",
        [("17", "$1.7 billion"), ("17", "$2.1 billion")],
        (
            "A fine versus a sale price: the CFPB penalty and the price of the asset management "
            "arm are unrelated."
        ),
    ),
    (
        "C89",
        [("17", "$3.5 billion"), ("17", "$3.7 billion", 2)],
        (
            "Different measures: the expected fourth-quarter operating-loss charge (part of the "
            "redress was already reserved) versus the settlement amount."
        ),
    ),
    (
        "C90",
        [("17", "$3 billion"), ("17", "$3.7 billion", 2)],
        (
            "Different settlements: the 2020 Justice Department/SEC settlement versus the 2022 "
            "CFPB settlement."
        ),
    ),
    # document 18
    (
        "C91",
        [("18", "€6.1 billion", 2), ("18", "$6.6 billion")],
        (
            "At the ECB cross rate for 2024-05-30 (about 1.082 USD per EUR) €6.1 billion is "
            "$6.60 billion."
        ),
    ),
    (
        "C92",
        [("18", "€39.85"), ("18", "€31.40")],
        "€39.85 is 26.9% above €31.40, 'a 27% premium'.",
    ),
    (
        "C93",
        [("18", "€3.2 billion"), ("18", "€6.1 billion", 2)],
        "53% of €6.1 billion is €3.23 billion, 'about €3.2 billion'.",
    ),
    (
        "C94",
        [("18", "€6.1 billion", 2), ("18", "€518 million")],
        "€6.1 billion is 11.8 times €518 million, 'almost 12 times sales'.",
    ),
    (
        "C95",
        [("18", "€39.85"), ("18", "€6.1 billion", 2)],
        "Per share versus total equity value.",
    ),
    (
        "C96",
        [("18", "A$18.7 billion"), ("15", "A$18.7 billion", 2)],
        ("Cross-document: the same Origin offer value, failed in December 2023, in both stories."),
    ),
]
