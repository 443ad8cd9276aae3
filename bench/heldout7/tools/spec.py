"""Hand-written labels for the heldout7 corpus.

MENTIONS maps each document to its money mentions in document order, as tuples
(text, value, currency, entity, metric, period). PROBLEMS and TRAPS refer to a mention
as (doc prefix, text, k): the k-th labelled mention of that exact text in that document
(k defaults to 1). tools/build.py turns these into the file occurrences.
"""

B = 1e9
T = 1e12
M = 1e6
YI = 1e8  # 亿
WANYI = 1e12  # 万亿

D01 = "01_stellantis_leapmotor_wire.md"
D02 = "02_stellantis_leapmotor_cn.md"
D03 = "03_asml_2024_results_table.md"
D04 = "04_sk_hynix_desk_note.md"
D05 = "05_sk_hynix_results_cn.md"
D06 = "06_maersk_interview.md"
D07 = "07_novo_nordisk_annual_report.md"
D08 = "08_roche_results_swiss.md"
D09 = "09_infineon_fy2024.md"
D10 = "10_lvmh_kering_column.md"
D11 = "11_ev_running_costs_consumer.md"
D12 = "12_ericsson_q4_plaintext.md"
D13 = "13_dbs_one_liner.md"
D14 = "14_vw_rivian_commitment.md"
D15 = "15_softbank_fy2024_profit.md"
D16 = "16_grab_explainer_undated.md"
D17 = "17_samsung_five_numbers_undated.md"
D18 = "18_sony_kadokawa_cn.md"
D19 = "19_dbs_results_cn.md"
D20 = "20_toyota_industries_buyout.md"

LM = "Leapmotor"
ST = "Stellantis"
HY = "SK Hynix"
MK = "Maersk"
NN = "Novo Nordisk"
SB = "SoftBank Group"
SE = "Samsung Electronics"
TI = "Toyota Industries"

MENTIONS = {
    D01: [
        ("€1.5 billion", 1.5 * B, "EUR", LM, "investment", "2023-10"),
        ("€1.5 billion", 1.5 * B, "EUR", LM, "investment", "2023-10"),
        ("$1.9 billion", 1.9 * B, "USD", LM, "investment", "2023-10"),
        ("€7.1 billion", 7.1 * B, "EUR", LM, "valuation", "2023-10"),
        ("HK$37 billion", 37 * B, "HKD", LM, "market_cap", "2023-10"),
        ("€4.5 billion", 4.5 * B, "EUR", LM, "market_cap", "2023-10"),
        ("€1.6 billion", 1.6 * B, "EUR", LM, "investment", "2023-10"),
        ("12.4 billion", 12.4 * B, None, LM, "revenue", "2022"),
        ("€10.9 billion", 10.9 * B, "EUR", ST, "profit", "2023-06"),
        ("€8.7 billion", 8.7 * B, "EUR", ST, "other", "2023-06"),
        ("€17.15", 17.15, "EUR", ST, "share_price", "2023-10"),
    ],
    D02: [
        ("15亿欧元", 15 * YI, "EUR", LM, "investment", "2023-10"),
        ("15亿欧元", 15 * YI, "EUR", LM, "investment", "2023-10"),
        ("人民币116亿元", 116 * YI, "CNY", LM, "investment", "2023-10"),
        ("71亿欧元", 71 * YI, "EUR", LM, "valuation", "2023-10"),
        ("470亿港元", 470 * YI, "HKD", LM, "market_cap", "2023-10"),
        ("123.9亿元", 123.9 * YI, "CNY", LM, "revenue", "2022"),
        ("51.1亿元", 51.1 * YI, "CNY", LM, "loss", "2022"),
        ("72亿元", 72 * YI, "CNY", LM, "revenue", "2023-06"),
        ("60亿港元", 60 * YI, "HKD", LM, "funding", "2022-09"),
        ("109亿欧元", 109 * YI, "EUR", ST, "profit", "2023-06"),
    ],
    D03: [
        ("28,263", 28263 * M, "EUR", "ASML", "revenue", "2024"),
        ("27,559", 27559 * M, "EUR", "ASML", "revenue", "2023"),
        ("9,263", 9263 * M, "EUR", "ASML", "revenue", "2024-12"),
        ("7,237", 7237 * M, "EUR", "ASML", "revenue", "2023-12"),
        ("14,492", 14492 * M, "EUR", "ASML", "other", "2024"),
        ("14,130", 14130 * M, "EUR", "ASML", "other", "2023"),
        ("4,865", 4865 * M, "EUR", "ASML", "other", "2024-12"),
        ("3,707", 3707 * M, "EUR", "ASML", "other", "2023-12"),
        ("7,572", 7572 * M, "EUR", "ASML", "profit", "2024"),
        ("7,839", 7839 * M, "EUR", "ASML", "profit", "2023"),
        ("2,690", 2690 * M, "EUR", "ASML", "profit", "2024-12"),
        ("2,048", 2048 * M, "EUR", "ASML", "profit", "2023-12"),
        ("18,899", 18899 * M, "EUR", "ASML", "other", "2024"),
        ("20,040", 20040 * M, "EUR", "ASML", "other", "2023"),
        ("7,088", 7088 * M, "EUR", "ASML", "other", "2024-12"),
        ("9,186", 9186 * M, "EUR", "ASML", "other", "2023-12"),
        ("€28.3 billion", 28.3 * B, "EUR", "ASML", "revenue", "2024"),
        ("€27.6 billion", 27.6 * B, "EUR", "ASML", "revenue", "2023"),
        ("€7,572", 7572.0, "EUR", "ASML", "profit", "2024"),
        ("€7.8 billion", 7.8 * B, "EUR", "ASML", "profit", "2023"),
        ("€3.6 billion", 3.6 * B, "EUR", "ASML", "other", "2024-03"),
        ("€5.6 billion", 5.6 * B, "EUR", "ASML", "other", "2024-06"),
        ("€2.6 billion", 2.6 * B, "EUR", "ASML", "other", "2024-09"),
        ("€7.1 billion", 7.1 * B, "EUR", "ASML", "other", "2024-12"),
        ("€18.9 billion", 18.9 * B, "EUR", "ASML", "other", "2024"),
        ("€30 billion", 30 * B, "EUR", "ASML", "revenue", "2025"),
        ("€35 billion", 35 * B, "EUR", "ASML", "revenue", "2025"),
        ("€6.40", 6.40, "EUR", "ASML", "other", "2024"),
        ("€6.10", 6.10, "EUR", "ASML", "other", "2023"),
        ("€687.40", 687.40, "EUR", "ASML", "share_price", "2025-01"),
        ("€270 billion", 270 * B, "EUR", "ASML", "market_cap", "2025-01"),
    ],
    D04: [
        ("₩66.19 trillion", 66.19 * T, "KRW", HY, "revenue", "2024"),
        ("₩32.77 trillion", 32.77 * T, "KRW", HY, "revenue", "2023"),
        ("₩12.43 trillion", 12.43 * T, "KRW", HY, "revenue", "2024-03"),
        ("₩16.42 trillion", 16.42 * T, "KRW", HY, "revenue", "2024-06"),
        ("₩17.57 trillion", 17.57 * T, "KRW", HY, "revenue", "2024-09"),
        ("₩19.77 trillion", 19.77 * T, "KRW", HY, "revenue", "2024-12"),
        ("₩23.47 trillion", 23.47 * T, "KRW", HY, "profit", "2024"),
        ("₩7.73 trillion", 7.73 * T, "KRW", HY, "loss", "2023"),
        ("₩19.80 trillion", 19.80 * T, "KRW", HY, "profit", "2024"),
        ("₩9.14 trillion", 9.14 * T, "KRW", HY, "loss", "2023"),
        ("₩8.08 trillion", 8.08 * T, "KRW", HY, "profit", "2024-12"),
        ("$46 billion", 46 * B, "USD", HY, "revenue", "2024"),
        ("₩1,437", 1437.0, "KRW", None, "other", "2025-01"),
        ("₩205,000", 205000.0, "KRW", HY, "share_price", "2025-01"),
        ("₩149 trillion", 149 * T, "KRW", HY, "market_cap", "2025-01"),
    ],
    D05: [
        ("66.19万亿韩元", 66.19 * WANYI, "KRW", HY, "revenue", "2024"),
        ("人民币4200亿元", 4200 * YI, "CNY", HY, "revenue", "2024"),
        ("32.77万亿韩元", 32.77 * WANYI, "KRW", HY, "revenue", "2023"),
        ("25.47万亿韩元", 25.47 * WANYI, "KRW", HY, "profit", "2024"),
        ("19.8万亿韩元", 19.8 * WANYI, "KRW", HY, "profit", "2024"),
        ("138亿美元", 138 * YI, "USD", HY, "profit", "2024"),
        ("19.77万亿韩元", 19.77 * WANYI, "KRW", HY, "revenue", "2024-12"),
        ("8.08万亿韩元", 8.08 * WANYI, "KRW", HY, "profit", "2024-09"),
        ("150万亿韩元", 150 * WANYI, "KRW", HY, "market_cap", "2025-01"),
    ],
    D06: [
        ("$55.5 billion", 55.5 * B, "USD", MK, "revenue", "2024"),
        ("$51.1 billion", 51.1 * B, "USD", MK, "revenue", "2023"),
        ("$6.5 billion", 6.5 * B, "USD", MK, "profit", "2024"),
        ("$3.9 billion", 3.9 * B, "USD", MK, "profit", "2023"),
        ("$4.6 billion", 4.6 * B, "USD", MK, "profit", "2024"),
        ("$1.3 billion", 1.3 * B, "USD", MK, "profit", "2024"),
        ("$0.6 billion", 0.6 * B, "USD", MK, "profit", "2024"),
        ("$6.5 billion", 6.5 * B, "USD", MK, "profit", "2024"),
        ("$12.1 billion", 12.1 * B, "USD", MK, "profit", "2024"),
        ("$30.9 billion", 30.9 * B, "USD", MK, "profit", "2022"),
        ("DKK 1,120", 1120.0, "DKK", MK, "other", "2024"),
        ("$155", 155.0, "USD", MK, "other", "2024"),
        ("DKK 14.4 billion", 14.4 * B, "DKK", MK, "other", "2025-02"),
        ("$2 billion", 2 * B, "USD", MK, "other", "2025-02"),
        ("$6 billion", 6 * B, "USD", MK, "profit", "2025"),
        ("$9 billion", 9 * B, "USD", MK, "profit", "2025"),
        ("$55.5 billion kroner", 55.5 * B, "USD", MK, "revenue", "2024"),
    ],
    D07: [
        ("DKK 290,403 million", 290403 * M, "DKK", NN, "revenue", "2024"),
        ("DKK 232,261 million", 232261 * M, "DKK", NN, "revenue", "2023"),
        ("DKK 120,341 million", 120341 * M, "DKK", NN, "revenue", "2024"),
        ("DKK 58,198 million", 58198 * M, "DKK", NN, "revenue", "2024"),
        ("DKK 128,339 million", 128339 * M, "DKK", NN, "profit", "2024"),
        ("DKK 102,574 million", 102574 * M, "DKK", NN, "profit", "2023"),
        ("DKK 48,062 million", 48062 * M, "DKK", NN, "other", "2024"),
        ("DKK 100,988 million", 100988 * M, "DKK", NN, "profit", "2024"),
        ("DKK 83,683 million", 83683 * M, "DKK", NN, "profit", "2023"),
        ("DKK 290.4 billion", 290.4 * B, "DKK", NN, "revenue", "2024"),
        ("USD 48.5 billion", 48.5 * B, "USD", NN, "revenue", "2024"),
        ("DKK 21.0 billion", 21.0 * B, "DKK", NN, "other", "2024"),
        ("DKK 68.3 billion", 68.3 * B, "DKK", NN, "other", "2023"),
        ("USD 16.5 billion", 16.5 * B, "USD", "Catalent", "price_paid", "2024-12"),
        ("USD 11.0 billion", 11.0 * B, "USD", "Catalent", "price_paid", "2024-12"),
        ("DKK 7.90", 7.90, "DKK", NN, "other", "2024"),
        ("DKK 3.50", 3.50, "DKK", NN, "other", "2024"),
        ("DKK 11.40", 11.40, "DKK", NN, "other", "2024"),
        ("DKK 9.40", 9.40, "DKK", NN, "other", "2023"),
        ("DKK 100,988 million", 100988 * M, "DKK", NN, "profit", "2023"),
    ],
    D08: [
        ("CHF 60,5 mrd", 60.5 * B, "CHF", "Roche", "revenue", "2024"),
        ("CHF 60,5 mrd", 60.5 * B, "CHF", "Roche", "revenue", "2024"),
        ("USD 66,7 mrd", 66.7 * B, "USD", "Roche", "revenue", "2024"),
        ("CHF 58,7 mrd", 58.7 * B, "CHF", "Roche", "revenue", "2023"),
        ("CHF 51,2 mrd", 51.2 * B, "CHF", "Roche", "revenue", "2024"),
        ("CHF 14,3 mrd", 14.3 * B, "CHF", "Roche", "revenue", "2024"),
        ("CHF 60,5 mrd", 60.5 * B, "CHF", "Roche", "revenue", "2024"),
        ("CHF 9,2 mrd", 9.2 * B, "CHF", "Roche", "profit", "2024"),
        ("CHF 11,8 mrd", 11.8 * B, "CHF", "Roche", "profit", "2023"),
        ("CHF 15,0 mrd", 15.0 * B, "CHF", "Roche", "profit", "2024"),
        ("CHF 9,70", 9.70, "CHF", "Roche", "other", "2024"),
        ("CHF 9,60", 9.60, "CHF", "Roche", "other", "2023"),
        ("USD 7,1 mrd", 7.1 * B, "USD", "Telavant", "price_paid", "2023"),
        ("2,7 mrd", 2.7 * B, None, "Carmot Therapeutics", "price_paid", None),
        ("CHF 230 mrd", 230 * B, "CHF", "Roche", "market_cap", "2025-01"),
    ],
    D09: [
        ("14.955 Mio. EUR", 14955 * M, "EUR", "Infineon", "revenue", "2024"),
        ("14.955 Mio. EUR", 14955 * M, "EUR", "Infineon", "revenue", "2024"),
        ("16.309 Mio. EUR", 16309 * M, "EUR", "Infineon", "revenue", "2023"),
        ("3.105 Mio. EUR", 3105 * M, "EUR", "Infineon", "profit", "2024"),
        ("4.399 Mio. EUR", 4399 * M, "EUR", "Infineon", "profit", "2023"),
        ("1.301,2 Mio. EUR", 1301.2 * M, "EUR", "Infineon", "profit", "2024"),
        ("3.137,0 Mio. EUR", 3137.0 * M, "EUR", "Infineon", "profit", "2023"),
        ("3.919 Mio. EUR", 3919 * M, "EUR", "Infineon", "revenue", "2024-09"),
        ("USD 4,16 mrd", 4.16 * B, "USD", "Infineon", "revenue", "2024-09"),
        ("0,35 EUR", 0.35, "EUR", "Infineon", "other", "2024"),
        ("USD 830 Mio.", 830 * M, "USD", "GaN Systems", "price_paid", "2023-10"),
        ("€15.9 billion", 15.9 * B, "EUR", "Infineon", "revenue", "2024"),
        ("30,50 EUR", 30.50, "EUR", "Infineon", "share_price", "2024-11"),
        ("39,7 mrd EUR", 39.7 * B, "EUR", "Infineon", "market_cap", "2024-11"),
    ],
    D10: [
        ("€84.7 billion", 84.7 * B, "EUR", "LVMH", "revenue", "2024"),
        ("€86.2 billion", 86.2 * B, "EUR", "LVMH", "revenue", "2023"),
        ("$87.8 billion", 87.8 * B, "USD", "LVMH", "revenue", "2024"),
        ("€12.6 billion", 12.6 * B, "EUR", "LVMH", "profit", "2024"),
        ("€15.2 billion", 15.2 * B, "EUR", "LVMH", "profit", "2023"),
        ("€19.6 billion", 19.6 * B, "EUR", "LVMH", "profit", "2024"),
        ("€15.2 billion", 15.2 * B, "EUR", "LVMH", "profit", "2024"),
        ("€17.2 billion", 17.2 * B, "EUR", "Kering", "revenue", "2024"),
        ("€19.6 billion", 19.6 * B, "EUR", "Kering", "revenue", "2023"),
        ("€1.13 billion", 1.13 * B, "EUR", "Kering", "profit", "2024"),
        ("€2.98 billion", 2.98 * B, "EUR", "Kering", "profit", "2023"),
        ("€7.65 billion", 7.65 * B, "EUR", "Gucci", "revenue", "2024"),
        ("€9.87 billion", 9.87 * B, "EUR", "Gucci", "revenue", "2023"),
        ("€1.7 billion", 1.7 * B, "EUR", "Valentino", "price_paid", "2023"),
        ("€8.5 billion", 8.5 * B, "EUR", "Valentino", "valuation", "2023"),
        ("€360 billion", 360 * B, "EUR", "LVMH", "market_cap", "2025-02"),
        ("€30 billion", 30 * B, "EUR", "Kering", "market_cap", "2025-02"),
        ("€8.65 billion", 8.65 * B, "EUR", "Gucci", "revenue", "2024"),
    ],
    D11: [
        ("€1.89", 1.89, "EUR", None, "other", "2024-06"),
        ("€2.09", 2.09, "EUR", None, "other", "2024-06"),
        ("€23,300", 23300.0, "EUR", ST, "other", "2024-06"),
        ("€20,000", 20000.0, "EUR", None, "other", "2025"),
        ("€36,900", 36900.0, "EUR", "Volkswagen", "other", "2024-06"),
        ("€39,995", 39995.0, "EUR", "Volkswagen", "other", "2023-06"),
        ("€0.69", 0.69, "EUR", "Ionity", "other", "2024-06"),
        ("€11.99", 11.99, "EUR", "Ionity", "other", "2024-06"),
        ("€0.39", 0.39, "EUR", "Ionity", "other", "2024-06"),
        ("€38", 38.0, "EUR", None, "other", "2024-06"),
        ("€0.40", 0.40, "EUR", None, "other", "2024-06"),
        ("¥5.5 million", 5.5 * M, "JPY", "Toyota", "other", "2024-06"),
        ("€32,400", 32400.0, "EUR", "Toyota", "other", "2024-06"),
        ("€44,000", 44000.0, "EUR", "Toyota", "other", "2024-06"),
        ("$35", 35.0, "USD", ST, "other", "2024-06"),
    ],
    D12: [
        ("SEK 247.9 billion", 247.9 * B, "SEK", "Ericsson", "revenue", "2024"),
        ("US$22.7 billion", 22.7 * B, "USD", "Ericsson", "revenue", "2024"),
        ("SEK 263.4 billion", 263.4 * B, "SEK", "Ericsson", "revenue", "2023"),
        ("SEK 72.9 billion", 72.9 * B, "SEK", "Ericsson", "revenue", "2024-12"),
        ("SEK 0.1 billion", 0.1 * B, "SEK", "Ericsson", "profit", "2024"),
        ("SEK 11.4 billion", 11.4 * B, "SEK", "Ericsson", "other", "2024"),
        ("SEK 26.1 billion", 26.1 * B, "SEK", "Ericsson", "loss", "2023"),
        ("US$6.2bn", 6.2 * B, "USD", "Vonage", "price_paid", "2022-07"),
        ("$6.2 billion kronor", 6.2 * B, "USD", "Vonage", "price_paid", "2022-07"),
        ("SEK 32.4 billion", 32.4 * B, "SEK", "Ericsson", "other", "2024"),
        ("SEK 2.85", 2.85, "SEK", "Ericsson", "other", "2024"),
        ("SEK 2.70", 2.70, "SEK", "Ericsson", "other", "2023"),
        ("SEK 250 billion", 250 * B, "SEK", "Ericsson", "revenue", "2025"),
        ("SEK 247.9 billion", 247.9 * B, "SEK", "Ericsson", "revenue", "2023"),
        ("SEK 87", 87.0, "SEK", "Ericsson", "share_price", "2025-01"),
        ("SEK 290 billion", 290 * B, "SEK", "Ericsson", "market_cap", "2025-01"),
    ],
    D13: [
        ("S$11.4 billion", 11.4 * B, "SGD", "DBS", "profit", "2024"),
        ("S$10.3 billion", 10.3 * B, "SGD", "DBS", "profit", "2023"),
        ("S$3 billion", 3 * B, "SGD", "DBS", "other", "2025-02"),
    ],
    D14: [
        ("$5.8 billion", 5.8 * B, "USD", "Rivian", "investment", "2024-11"),
        ("$5.8 billion", 5.8 * B, "USD", "Rivian", "investment", "2024-11"),
        ("€5.5 billion", 5.5 * B, "EUR", "Rivian", "investment", "2024-11"),
        ("$5 billion", 5 * B, "USD", "Rivian", "investment", "2024-06"),
        ("$3.5 billion", 3.5 * B, "USD", "Rivian", "investment", "2024-11"),
        ("$1.3 billion", 1.3 * B, "USD", "Rivian", "investment", "2024-11"),
        ("$1.5 billion", 1.5 * B, "USD", "Rivian", "investment", "2024-11"),
        ("$5.8 billion", 5.8 * B, "USD", "Rivian", "investment", "2024-11"),
        ("$1 billion", 1 * B, "USD", "Rivian", "investment", "2024-06"),
        ("$1.1 billion", 1.1 * B, "USD", "Rivian", "loss", "2024-09"),
        ("$874 million", 874 * M, "USD", "Rivian", "revenue", "2024-09"),
        ("$10.60", 10.60, "USD", "Rivian", "share_price", "2024-11"),
        ("$10.8 billion", 10.8 * B, "USD", "Rivian", "market_cap", "2024-11"),
        ("€180 billion", 180 * B, "EUR", "Volkswagen", "other", None),
        ("€2.9 billion", 2.9 * B, "EUR", "Volkswagen", "profit", "2024-09"),
        ("€4.9 billion", 4.9 * B, "EUR", "Volkswagen", "profit", "2023-09"),
    ],
    D15: [
        ("¥1.15 trillion", 1.15 * T, "JPY", SB, "profit", "2025"),
        ("¥227.6 billion", 227.6 * B, "JPY", SB, "loss", "2024"),
        ("¥517.2 billion", 517.2 * B, "JPY", SB, "profit", "2025-03"),
        ("$30 billion", 30 * B, "USD", "OpenAI", "investment", "2025-03"),
        ("¥4.4 trillion", 4.4 * T, "JPY", "OpenAI", "investment", "2025-03"),
        ("$40 billion", 40 * B, "USD", "OpenAI", "funding", "2025-03"),
        ("$300 billion", 300 * B, "USD", "OpenAI", "valuation", "2025-03"),
        ("$19 billion", 19 * B, "USD", "Stargate", "investment", None),
        ("$6.5 billion", 6.5 * B, "USD", "Ampere", "price_paid", "2025-03"),
        ("$45.5 billion", 45.5 * B, "USD", SB, "investment", None),
        ("$145 billion", 145 * B, "USD", "Arm", "market_cap", "2025-05"),
        ("$130 billion", 130 * B, "USD", "Arm", "other", "2025-05"),
        ("¥1.5 trillion", 1.5 * T, "JPY", SB, "profit", "2025"),
        ("¥1.15 trillion", 1.15 * T, "JPY", SB, "profit", "2025"),
    ],
    D16: [
        ("$2.80 billion", 2.80 * B, "USD", "Grab", "revenue", "2024"),
        ("$2.36 billion", 2.36 * B, "USD", "Grab", "revenue", "2023"),
        ("S$2.9 billion", 2.9 * B, "SGD", "Grab", "revenue", "2024"),
        ("$18.4 billion", 18.4 * B, "USD", "Grab", "other", "2024"),
        ("S$24.7 billion", 24.7 * B, "SGD", "Grab", "other", "2024"),
        ("$313 million", 313 * M, "USD", "Grab", "profit", "2024"),
        ("$62 million", 62 * M, "USD", "Grab", "profit", "2023"),
        ("$105 million", 105 * M, "USD", "Grab", "loss", "2024"),
        ("$485 million", 485 * M, "USD", "Grab", "loss", "2023"),
        ("$500 million", 500 * M, "USD", "Grab", "other", None),
        ("$40 billion", 40 * B, "USD", "Grab", "valuation", "2021-12"),
        ("$19 billion", 19 * B, "USD", "Grab", "market_cap", None),
    ],
    D17: [
        ("₩300.9 trillion", 300.9 * T, "KRW", SE, "revenue", "2024"),
        ("$220 billion", 220 * B, "USD", SE, "revenue", "2024"),
        ("₩258.9 trillion", 258.9 * T, "KRW", SE, "revenue", "2023"),
        ("₩32.7 trillion", 32.7 * T, "KRW", SE, "profit", "2024"),
        ("₩6.57 trillion", 6.57 * T, "KRW", SE, "profit", "2023"),
        ("₩15.1 trillion", 15.1 * T, "KRW", SE, "profit", "2024"),
        ("₩10.6 trillion", 10.6 * T, "KRW", SE, "profit", "2024"),
        ("₩3.7 trillion", 3.7 * T, "KRW", SE, "profit", "2024"),
        ("₩1.3 trillion", 1.3 * T, "KRW", SE, "profit", "2024"),
        ("₩2.0 trillion", 2.0 * T, "KRW", SE, "profit", "2024"),
        ("$8 billion", 8 * B, "USD", "Harman", "price_paid", "2017"),
        ("$8 billion won", 8 * B, "USD", "Harman", "price_paid", "2017"),
        ("₩53,000", 53000.0, "KRW", SE, "share_price", None),
        ("₩316 trillion", 316 * T, "KRW", SE, "market_cap", None),
        ("₩10 trillion", 10 * T, "KRW", SE, "other", "2024-11"),
    ],
    D18: [
        ("500亿日元", 500 * YI, "JPY", "Kadokawa", "investment", "2024-12"),
        ("500亿日元", 500 * YI, "JPY", "Kadokawa", "investment", "2024-12"),
        ("3.2亿美元", 3.2 * YI, "USD", "Kadokawa", "investment", "2024-12"),
        ("人民币23亿元", 23 * YI, "CNY", "Kadokawa", "investment", "2024-12"),
        ("4,050日元", 4050.0, "JPY", "Kadokawa", "share_price", "2024-12"),
        ("2500亿日元", 2500 * YI, "JPY", "Kadokawa", "valuation", "2024-12"),
        ("500日元", 500.0, "JPY", "Kadokawa", "investment", "2024-12"),
        ("2581亿日元", 2581 * YI, "JPY", "Kadokawa", "revenue", "2024"),
        ("11.75亿美元", 11.75 * YI, "USD", "Crunchyroll", "price_paid", "2021"),
        ("9706亿日元", 9706 * YI, "JPY", "Sony", "profit", "2024"),
        ("1.31万亿日元", 1.31 * WANYI, "JPY", "Sony", "profit", "2025"),
    ],
    D19: [
        ("114亿新元", 114 * YI, "SGD", "DBS", "profit", "2024"),
        ("84亿美元", 84 * YI, "USD", "DBS", "profit", "2024"),
        ("人民币614亿元", 614 * YI, "CNY", "DBS", "profit", "2024"),
        ("103亿新元", 103 * YI, "SGD", "DBS", "profit", "2023"),
        ("243亿新元", 243 * YI, "SGD", "DBS", "revenue", "2024"),
        ("144亿新元", 144 * YI, "SGD", "DBS", "revenue", "2024"),
        ("42亿新元", 42 * YI, "SGD", "DBS", "revenue", "2024"),
        ("37亿新元", 37 * YI, "SGD", "DBS", "revenue", "2024"),
        ("0.60新元", 0.60, "SGD", "DBS", "other", None),
        ("0.15新元", 0.15, "SGD", "DBS", "other", None),
        ("30亿", 30 * YI, None, "DBS", "other", "2025-02"),
        ("46新元", 46.0, "SGD", "DBS", "share_price", "2025-02"),
        ("1306亿新元", 1306 * YI, "SGD", "DBS", "market_cap", "2025-02"),
    ],
    D20: [
        ("¥4.7 trillion", 4.7 * T, "JPY", TI, "valuation", "2025-06"),
        ("¥4.7 trillion", 4.7 * T, "JPY", TI, "valuation", "2025-06"),
        ("$33 billion", 33 * B, "USD", TI, "valuation", "2025-06"),
        ("¥16,300", 16300.0, "JPY", TI, "share_price", "2025-06"),
        ("¥14,700", 14700.0, "JPY", TI, "share_price", "2025-06"),
        ("¥1.9 trillion", 1.9 * T, "JPY", TI, "other", "2025-06"),
        ("¥3.4 trillion", 3.4 * T, "JPY", "Toyota Motor", "other", "2025-06"),
        ("¥38 trillion", 38 * T, "JPY", "Toyota Motor", "market_cap", "2025-06"),
        ("¥4.7", 4.7, "JPY", TI, "valuation", "2025-06"),
        ("¥4.08 trillion", 4.08 * T, "JPY", TI, "revenue", "2025"),
    ],
}

# (type, [mention refs, flagged figure first], explanation)
PROBLEMS = [
    (
        "currency-conflict",
        [(D06, "$55.5 billion kroner"), (D06, "$55.5 billion")],
        (
            "The host's recap writes revenue as '$55.5 billion kroner', a dollar sign with the"
            " Danish currency word; the guest gave the same revenue as $55.5 billion (Maersk"
            " reports in dollars), so the reading is USD."
        ),
    ),
    (
        "currency-conflict",
        [(D12, "$6.2 billion kronor"), (D12, "US$6.2bn")],
        (
            "The Vonage price is written '$6.2 billion kronor' (dollar sign plus kronor); the"
            " sentence before gives it as US$6.2bn, so the reading is USD."
        ),
    ),
    (
        "currency-conflict",
        [(D17, "$8 billion won"), (D17, "$8 billion")],
        (
            "'$8 billion won' pairs a dollar sign with the word won; the same Harman price is"
            " $8 billion two sentences earlier, so the reading is USD."
        ),
    ),
    (
        "missing-scale",
        [(D03, "€7,572"), (D03, "7,572")],
        (
            "'Net income came to €7,572' drops the million: the table (in EUR million) gives"
            " 2024 net income as 7,572, i.e. €7.57 billion, and the 2023 comparison is €7.8"
            " billion."
        ),
    ),
    (
        "missing-scale",
        [(D18, "500日元"), (D18, "500亿日元", 2)],
        (
            "'这笔500日元的投资' drops 亿: the investment is 500亿日元 (¥50 billion) in the title"
            " and the first paragraph."
        ),
    ),
    (
        "missing-scale",
        [(D20, "¥4.7"), (D20, "¥4.7 trillion", 2)],
        "'the ¥4.7 price tag' drops the trillion: the deal is worth about ¥4.7 trillion.",
    ),
    (
        "missing-currency",
        [(D01, "12.4 billion")],
        (
            "Leapmotor's 2022 revenue '12.4 billion' has no currency, in a story that mixes"
            " euros, dollars and Hong Kong dollars; the figure is in yuan (123.9亿元 in doc 02),"
            " which the text never says."
        ),
    ),
    (
        "missing-currency",
        [(D08, "2,7 mrd")],
        (
            "The Carmot price '2,7 mrd' has no currency, right after a USD deal and in a"
            " CHF-reporting story; the deal was in US dollars, which the text does not say."
        ),
    ),
    (
        "missing-currency",
        [(D19, "30亿")],
        (
            "星展'规模30亿的股票回购' has no currency in a story that mixes 新元, 美元 and 人民币"
            " (it is S$3 billion, see doc 13)."
        ),
    ),
    (
        "fx-mismatch",
        [(D01, "$1.9 billion"), (D01, "€1.5 billion", 2)],
        (
            "At the ECB rate for 2023-10-26 (0.949 EUR per USD) €1.5 billion is about $1.58"
            " billion, not $1.9 billion (+20%)."
        ),
    ),
    (
        "fx-mismatch",
        [(D07, "USD 48.5 billion"), (D07, "DKK 290.4 billion")],
        (
            "At the ECB rate for 2025-02-05 (7.16 DKK per USD) DKK 290.4 billion is about USD"
            " 40.6 billion, not USD 48.5 billion (+19.5%)."
        ),
    ),
    (
        "fx-mismatch",
        [(D05, "人民币4200亿元"), (D05, "66.19万亿韩元")],
        (
            "At the ECB cross rate for 2025-01-24 (about 197.9 KRW per CNY) 66.19万亿韩元 is"
            " about 人民币3345亿元, not 4200亿元 (+26%)."
        ),
    ),
    (
        "fx-mismatch",
        [(D16, "S$2.9 billion"), (D16, "$2.80 billion")],
        (
            "Undated document: at any 2020-2026 rate (1.27-1.43 SGD per USD) $2.80 billion is"
            " S$3.6-4.0 billion, not S$2.9 billion (-19% to -27%)."
        ),
    ),
    (
        "figure-conflict",
        [(D02, "470亿港元"), (D01, "HK$37 billion")],
        (
            "Leapmotor's market value at Wednesday's close (before the announcement) is"
            " 470亿港元 (HK$47 billion) in doc 02 but HK$37 billion in doc 01."
        ),
    ),
    (
        "figure-conflict",
        [(D05, "25.47万亿韩元"), (D04, "₩23.47 trillion")],
        (
            "SK Hynix 2024 operating profit is 25.47万亿韩元 in doc 05 but ₩23.47 trillion in"
            " doc 04 (same results)."
        ),
    ),
    (
        "figure-conflict",
        [(D10, "€8.65 billion"), (D10, "€7.65 billion")],
        (
            "Gucci's 2024 sales are €7.65 billion in the third paragraph and €8.65 billion in"
            " the last."
        ),
    ),
    (
        "figure-conflict",
        [(D09, "€15.9 billion"), (D09, "14.955 Mio. EUR", 2)],
        (
            "The CEO quote gives fiscal 2024 revenue as €15.9 billion; the story reports"
            " 14.955 Mio. EUR (€14.96 billion) for the same year."
        ),
    ),
    (
        "period-conflict",
        [(D05, "8.08万亿韩元"), (D04, "₩8.08 trillion")],
        (
            "Doc 05 gives 8.08万亿韩元 as third-quarter operating profit; doc 04 (and the 41%"
            " margin on Q4 revenue of 19.77万亿韩元) make it the fourth quarter."
        ),
    ),
    (
        "period-conflict",
        [(D12, "SEK 247.9 billion", 2), (D12, "SEK 247.9 billion")],
        (
            "SEK 247.9 billion is 2024 net sales in the first paragraph but '2023's SEK 247.9"
            " billion' in the outlook; 2023 sales were SEK 263.4 billion."
        ),
    ),
    (
        "period-conflict",
        [(D07, "DKK 100,988 million", 2), (D07, "DKK 100,988 million")],
        (
            "Net profit of DKK 100,988 million is the 2024 figure ('for 2024 and 2023,"
            " respectively'); the dividend paragraph attributes it to 2023 (DKK 83,683"
            " million)."
        ),
    ),
    (
        "sum-mismatch",
        [(D08, "CHF 60,5 mrd", 3), (D08, "CHF 51,2 mrd"), (D08, "CHF 14,3 mrd")],
        (
            "CHF 51,2 mrd + CHF 14,3 mrd = CHF 65,5 mrd, not the stated group total of CHF"
            " 60,5 mrd (Pharmaceuticals was CHF 46,2 mrd)."
        ),
    ),
    (
        "sum-mismatch",
        [
            (D14, "$5.8 billion", 3),
            (D14, "$3.5 billion"),
            (D14, "$1.3 billion"),
            (D14, "$1.5 billion"),
        ],
        (
            "$3.5 + $1.3 + $1.5 billion = $6.3 billion, but the next sentence says the three"
            " pieces make up $5.8 billion (the loan was $1 billion)."
        ),
    ),
    (
        "sum-mismatch",
        [(D19, "243亿新元"), (D19, "144亿新元"), (D19, "42亿新元"), (D19, "37亿新元")],
        "144 + 42 + 37 = 223亿新元, not the stated total income of 243亿新元.",
    ),
    (
        "sum-mismatch",
        [
            (D15, "$45.5 billion"),
            (D15, "$30 billion"),
            (D15, "$19 billion"),
            (D15, "$6.5 billion"),
        ],
        "$30 + $19 + $6.5 billion = $55.5 billion, not the $45.5 billion stated.",
    ),
    (
        "change-mismatch",
        [(D03, "€7.1 billion"), (D03, "€2.6 billion")],
        (
            "Q4 bookings of €7.1 billion against €2.6 billion in Q3 (previous sentence) is a"
            " 173% rise, not the stated 71% jump."
        ),
    ),
    (
        "change-mismatch",
        [(D10, "€12.6 billion"), (D10, "€15.2 billion")],
        "LVMH net profit €12.6 billion from €15.2 billion is a 17% fall, not 27%.",
    ),
    (
        "change-mismatch",
        [(D13, "S$11.4 billion"), (D13, "S$10.3 billion")],
        "S$11.4 billion from S$10.3 billion is a rise of 10.7%, not 21% (doc 19 says 11%).",
    ),
    (
        "change-mismatch",
        [(D16, "$2.80 billion"), (D16, "$2.36 billion")],
        "$2.80 billion from $2.36 billion is growth of 18.6%, not 29%.",
    ),
    (
        "stake-mismatch",
        [(D18, "2500亿日元"), (D18, "500亿日元", 2)],
        (
            "500亿日元 for about 10% implies a valuation of about 5000亿日元, not the stated"
            " 2500亿日元 (which would make the stake 20%)."
        ),
    ),
    (
        "stake-mismatch",
        [(D10, "€8.5 billion"), (D10, "€1.7 billion")],
        (
            "€1.7 billion for 30% of Valentino implies about €5.7 billion for the whole house,"
            " not €8.5 billion (which would make the stake 20%)."
        ),
    ),
    (
        "stake-mismatch",
        [(D20, "¥1.9 trillion"), (D20, "¥4.7 trillion", 2)],
        (
            "24.7% of the ¥4.7 trillion offer (previous paragraph) is about ¥1.16 trillion,"
            " not ¥1.9 trillion (which would be 40%)."
        ),
    ),
    (
        "multiple-mismatch",
        [(D16, "$19 billion"), (D16, "$2.80 billion")],
        "$19 billion is 6.8 times 2024 revenue of $2.80 billion, not 'about 12 times'.",
    ),
    (
        "multiple-mismatch",
        [(D04, "₩149 trillion"), (D04, "₩19.80 trillion")],
        "₩149 trillion is 7.5 times FY2024 net profit of ₩19.80 trillion, not 4.5x.",
    ),
    (
        "multiple-mismatch",
        [(D12, "SEK 290 billion"), (D12, "SEK 247.9 billion")],
        (
            "SEK 290 billion is 1.2 times 2024 sales of SEK 247.9 billion, not 'more than"
            " three times'."
        ),
    ),
]

# ([mention refs], why_consistent)
TRAPS = [
    # --- conversions at the rate of the document's date -------------------------------
    (
        [(D01, "€4.5 billion"), (D01, "HK$37 billion")],
        ("At the ECB cross rate for 2023-10-26 (8.24 HKD per EUR) HK$37 billion is €4.49 billion."),
    ),
    (
        [(D02, "人民币116亿元"), (D02, "15亿欧元", 2)],
        "At the ECB rate for 2023-10-27 (7.71 CNY per EUR) 15亿欧元 is 人民币115.7亿元.",
    ),
    (
        [(D04, "$46 billion"), (D04, "₩66.19 trillion")],
        (
            "At ₩1,437 per dollar (the ECB cross rate for 2025-01-23, as the note says)"
            " ₩66.19 trillion is $46.1 billion."
        ),
    ),
    (
        [(D05, "138亿美元"), (D05, "19.8万亿韩元")],
        "At the ECB cross rate for 2025-01-24 (1,434 KRW per USD) 19.8万亿韩元 is 138亿美元.",
    ),
    (
        [(D06, "$155"), (D06, "DKK 1,120")],
        "At the ECB cross rate for 2025-02-06 (7.20 DKK per USD) DKK 1,120 is $155.5.",
    ),
    (
        [(D06, "$2 billion"), (D06, "DKK 14.4 billion")],
        "At 7.20 DKK per USD (2025-02-06) DKK 14.4 billion is $2.0 billion.",
    ),
    (
        [(D08, "USD 66,7 mrd"), (D08, "CHF 60,5 mrd", 2)],
        ("At the ECB cross rate for 2025-01-30 (0.9075 CHF per USD) CHF 60,5 mrd is USD 66,7 mrd."),
    ),
    (
        [(D09, "USD 4,16 mrd"), (D09, "3.919 Mio. EUR")],
        (
            "At the ECB rate for 2024-11-12 (1.062 USD per EUR) 3.919 Mio. EUR (€3.919 billion)"
            " is USD 4,16 mrd."
        ),
    ),
    (
        [(D10, "$87.8 billion"), (D10, "€84.7 billion")],
        "At the ECB rate for 2025-02-12 (1.037 USD per EUR) €84.7 billion is $87.8 billion.",
    ),
    (
        [(D11, "€32,400"), (D11, "¥5.5 million")],
        "At the ECB rate for 2024-06-20 (169.8 JPY per EUR) ¥5.5 million is €32,390.",
    ),
    (
        [(D12, "US$22.7 billion"), (D12, "SEK 247.9 billion")],
        (
            "At the ECB cross rate for 2025-01-24 (10.94 SEK per USD) SEK 247.9 billion is"
            " US$22.65 billion."
        ),
    ),
    (
        [(D14, "€5.5 billion"), (D14, "$5.8 billion", 2)],
        "At the ECB rate for 2024-11-13 (1.063 USD per EUR) $5.8 billion is €5.46 billion.",
    ),
    (
        [(D15, "¥4.4 trillion"), (D15, "$30 billion")],
        ("At the ECB cross rate for 2025-05-14 (146.3 JPY per USD) $30 billion is ¥4.39 trillion."),
    ),
    (
        [(D16, "S$24.7 billion"), (D16, "$18.4 billion")],
        (
            "Undated document: $18.4 billion is S$24.7 billion at 1.34 SGD per USD, a rate"
            " within the 2020-2026 range (1.27-1.43)."
        ),
    ),
    (
        [(D17, "$220 billion"), (D17, "₩300.9 trillion")],
        (
            "Undated document: ₩300.9 trillion is $220 billion at about 1,368 KRW per USD,"
            " within the 2020-2026 range (1,100-1,490)."
        ),
    ),
    (
        [(D18, "3.2亿美元"), (D18, "500亿日元", 2)],
        "At the ECB cross rate for 2024-12-20 (156.8 JPY per USD) 500亿日元 is 3.19亿美元.",
    ),
    (
        [(D18, "人民币23亿元"), (D18, "500亿日元", 2)],
        "At the ECB cross rate for 2024-12-20 (21.5 JPY per CNY) 500亿日元 is 人民币23.3亿元.",
    ),
    (
        [(D19, "84亿美元"), (D19, "114亿新元")],
        "At the ECB cross rate for 2025-02-11 (1.356 SGD per USD) 114亿新元 is 84.1亿美元.",
    ),
    (
        [(D19, "人民币614亿元"), (D19, "114亿新元")],
        "At the ECB cross rate for 2025-02-11 (5.39 CNY per SGD) 114亿新元 is 人民币614.5亿元.",
    ),
    (
        [(D20, "$33 billion"), (D20, "¥4.7 trillion", 2)],
        (
            "At the ECB cross rate for 2025-06-03 (143.2 JPY per USD) ¥4.7 trillion is $32.8"
            " billion."
        ),
    ),
    (
        [(D11, "€44,000"), (D11, "€32,400"), (D11, "¥5.5 million")],
        (
            "Not a conversion: €32,400 is the Japanese price converted, €44,000 is the separate"
            " German list price, which the text says includes shipping, taxes and a bigger"
            " specification."
        ),
    ),
    # --- the same deal or results in two outlets -------------------------------------
    (
        [(D02, "15亿欧元", 2), (D01, "€1.5 billion", 2)],
        "Same Stellantis payment for Leapmotor: 15亿欧元 is €1.5 billion.",
    ),
    (
        [(D02, "71亿欧元"), (D01, "€7.1 billion")],
        "Same implied valuation of Leapmotor: 71亿欧元 is €7.1 billion.",
    ),
    (
        [(D02, "109亿欧元"), (D01, "€10.9 billion")],
        "Same Stellantis first-half 2023 net profit: 109亿欧元 is €10.9 billion.",
    ),
    (
        [(D05, "66.19万亿韩元"), (D04, "₩66.19 trillion")],
        "Same SK Hynix 2024 revenue in two outlets.",
    ),
    (
        [(D05, "19.8万亿韩元"), (D04, "₩19.80 trillion")],
        "Same SK Hynix 2024 net profit, rounded to one decimal in doc 05.",
    ),
    (
        [(D05, "150万亿韩元"), (D04, "₩149 trillion")],
        (
            "Market value a day apart (Thursday's close in doc 05, Wednesday's price in doc 04)"
            " and rounded: ₩149 vs ₩150 trillion is within 1%."
        ),
    ),
    (
        [(D19, "114亿新元"), (D13, "S$11.4 billion")],
        "Same DBS 2024 net profit: 114亿新元 is S$11.4 billion.",
    ),
    # --- stakes, per-share and totals that check out ---------------------------------
    (
        [(D01, "€7.1 billion"), (D01, "€1.5 billion", 2)],
        "€1.5 billion for about 21% implies €7.14 billion for the whole company.",
    ),
    (
        [(D02, "71亿欧元"), (D02, "15亿欧元", 2)],
        "15亿欧元 for about 21% implies 71.4亿欧元.",
    ),
    (
        [(D01, "€1.6 billion"), (D01, "€1.5 billion", 2)],
        (
            "Different measures: €1.5 billion buys the 21% stake; €1.6 billion is the total"
            " outlay including Stellantis's contribution to the joint venture, as the text"
            " says."
        ),
    ),
    (
        [(D01, "€7.1 billion"), (D01, "€4.5 billion")],
        (
            "Deal valuation vs stock-market value: the text says the stake price values"
            " Leapmotor well above its market capitalisation."
        ),
    ),
    (
        [(D03, "€270 billion"), (D03, "€687.40")],
        "€687.40 a share times 393 million shares is €270.1 billion.",
    ),
    (
        [(D04, "₩149 trillion"), (D04, "₩205,000")],
        "₩205,000 a share times 728 million shares is ₩149.2 trillion.",
    ),
    (
        [(D09, "39,7 mrd EUR"), (D09, "30,50 EUR")],
        "30,50 EUR a share times 1.3 billion shares is 39,65 mrd EUR.",
    ),
    (
        [(D12, "SEK 290 billion"), (D12, "SEK 87")],
        "SEK 87 a share times 3.33 billion shares is SEK 289.7 billion.",
    ),
    (
        [(D14, "$10.8 billion"), (D14, "$10.60")],
        "$10.60 a share times 1.02 billion shares is $10.81 billion.",
    ),
    (
        [(D15, "$30 billion"), (D15, "$300 billion")],
        "$30 billion of a round at $300 billion post-money is 10%, as stated.",
    ),
    (
        [(D15, "$130 billion"), (D15, "$145 billion")],
        "About 90% of Arm's $145 billion is $130.5 billion.",
    ),
    (
        [(D17, "₩316 trillion"), (D17, "₩53,000")],
        "₩53,000 a share times 5.97 billion common shares is ₩316.4 trillion.",
    ),
    (
        [(D18, "500亿日元", 2), (D18, "4,050日元")],
        "4,050日元 a share times about 1,235万 new shares is 500.2亿日元.",
    ),
    (
        [(D19, "1306亿新元"), (D19, "46新元")],
        "46新元 a share times 28.4亿 shares is 1306.4亿新元.",
    ),
    (
        [(D20, "¥4.7 trillion", 2), (D20, "¥16,300")],
        "¥16,300 a share times about 288 million shares is ¥4.69 trillion.",
    ),
    (
        [(D20, "¥3.4 trillion"), (D20, "¥38 trillion")],
        "About 9% of Toyota Motor's ¥38 trillion market value is ¥3.42 trillion.",
    ),
    # --- sums that check out -----------------------------------------------------------
    (
        [
            (D03, "€18.9 billion"),
            (D03, "€3.6 billion"),
            (D03, "€5.6 billion"),
            (D03, "€2.6 billion"),
            (D03, "€7.1 billion"),
        ],
        "€3.6 + 5.6 + 2.6 + 7.1 billion = €18.9 billion of bookings for the year.",
    ),
    (
        [
            (D04, "₩66.19 trillion"),
            (D04, "₩12.43 trillion"),
            (D04, "₩16.42 trillion"),
            (D04, "₩17.57 trillion"),
            (D04, "₩19.77 trillion"),
        ],
        "₩12.43 + 16.42 + 17.57 + 19.77 trillion = ₩66.19 trillion.",
    ),
    (
        [
            (D06, "$6.5 billion", 2),
            (D06, "$4.6 billion"),
            (D06, "$1.3 billion"),
            (D06, "$0.6 billion"),
        ],
        "Ocean $4.6 + Terminals $1.3 + Logistics $0.6 billion = $6.5 billion EBIT.",
    ),
    (
        [(D07, "DKK 11.40"), (D07, "DKK 7.90"), (D07, "DKK 3.50")],
        "Final DKK 7.90 plus interim DKK 3.50 is the total dividend of DKK 11.40.",
    ),
    (
        [
            (D17, "₩32.7 trillion"),
            (D17, "₩15.1 trillion"),
            (D17, "₩10.6 trillion"),
            (D17, "₩3.7 trillion"),
            (D17, "₩1.3 trillion"),
            (D17, "₩2.0 trillion"),
        ],
        "₩15.1 + 10.6 + 3.7 + 1.3 + 2.0 trillion = ₩32.7 trillion operating profit.",
    ),
    # --- percentage changes and multiples that check out ------------------------------
    (
        [(D03, "€28.3 billion"), (D03, "€27.6 billion")],
        "€28.3 billion from €27.6 billion is +2.5% (2.6% on the unrounded 28,263/27,559).",
    ),
    (
        [(D03, "€6.40"), (D03, "€6.10")],
        "€6.40 vs €6.10 is +4.9%, '5% more'.",
    ),
    (
        [(D04, "₩66.19 trillion"), (D04, "₩32.77 trillion")],
        "₩66.19 trillion from ₩32.77 trillion is +102%.",
    ),
    (
        [(D05, "66.19万亿韩元"), (D05, "32.77万亿韩元")],
        "66.19 from 32.77万亿韩元 is 同比增长102%.",
    ),
    (
        [(D06, "$55.5 billion"), (D06, "$51.1 billion")],
        "$55.5 billion vs $51.1 billion is +8.6%, 'roughly 9% more'.",
    ),
    (
        [(D07, "DKK 290,403 million"), (D07, "DKK 232,261 million")],
        "DKK 290,403 million vs DKK 232,261 million is +25.0%.",
    ),
    (
        [(D07, "DKK 128,339 million"), (D07, "DKK 102,574 million")],
        "DKK 128,339 million vs DKK 102,574 million is +25.1%.",
    ),
    (
        [(D08, "CHF 60,5 mrd", 2), (D08, "CHF 58,7 mrd")],
        "CHF 60,5 mrd vs CHF 58,7 mrd is +3.1%.",
    ),
    (
        [(D08, "CHF 9,2 mrd"), (D08, "CHF 11,8 mrd")],
        "CHF 9,2 mrd from CHF 11,8 mrd is -22.0%.",
    ),
    (
        [(D08, "CHF 230 mrd"), (D08, "CHF 9,2 mrd")],
        "CHF 230 mrd is 25.0 times IFRS net income of CHF 9,2 mrd.",
    ),
    (
        [(D09, "14.955 Mio. EUR", 2), (D09, "16.309 Mio. EUR")],
        "14.955 Mio. EUR from 16.309 Mio. EUR is -8.3%, 'down 8%'.",
    ),
    (
        [(D10, "€84.7 billion"), (D10, "€86.2 billion")],
        "€84.7 billion from €86.2 billion is -1.7%, 'slipped 2%'.",
    ),
    (
        [(D10, "€17.2 billion"), (D10, "€19.6 billion", 2)],
        "Kering €17.2 billion from €19.6 billion is -12.2%.",
    ),
    (
        [(D10, "€1.13 billion"), (D10, "€2.98 billion")],
        "€1.13 billion from €2.98 billion is -62.1%.",
    ),
    (
        [(D10, "€7.65 billion"), (D10, "€9.87 billion")],
        "Gucci €7.65 billion from €9.87 billion is -22.5%, 'slid 23%'.",
    ),
    (
        [(D10, "€360 billion"), (D10, "€12.6 billion")],
        "€360 billion is 28.6 times LVMH's 2024 net profit of €12.6 billion.",
    ),
    (
        [(D10, "€30 billion"), (D10, "€1.13 billion")],
        "€30 billion is 26.5 times Kering's €1.13 billion, 'roughly 27 times'.",
    ),
    (
        [(D12, "SEK 247.9 billion"), (D12, "SEK 263.4 billion")],
        "SEK 247.9 billion from SEK 263.4 billion is -5.9%, 'down 6%'.",
    ),
    (
        [(D12, "SEK 2.85"), (D12, "SEK 2.70")],
        "SEK 2.85 vs SEK 2.70 is +5.6%, 'up 6%'.",
    ),
    (
        [(D14, "€2.9 billion"), (D14, "€4.9 billion")],
        "€2.9 billion from €4.9 billion is -40.8%, 'fell 41%'.",
    ),
    (
        [(D17, "₩300.9 trillion"), (D17, "₩258.9 trillion")],
        "₩300.9 trillion vs ₩258.9 trillion is +16.2%.",
    ),
    (
        [(D17, "₩32.7 trillion"), (D17, "₩6.57 trillion")],
        "₩32.7 trillion is 4.98 times ₩6.57 trillion, 'nearly five times'.",
    ),
    (
        [(D19, "114亿新元"), (D19, "103亿新元")],
        "114亿 from 103亿新元 is +10.7%, 同比增长11%.",
    ),
    (
        [(D19, "1306亿新元"), (D19, "114亿新元")],
        "1306亿新元 is 11.46 times 2024 net profit of 114亿新元, 'about 11.5 times'.",
    ),
    (
        [(D20, "¥16,300"), (D20, "¥14,700")],
        "¥16,300 vs ¥14,700 is a premium of 10.9%, 'about 11%'.",
    ),
    (
        [(D11, "€38"), (D11, "€0.69")],
        "55 kWh at €0.69 per kWh is €37.95, 'about €38'.",
    ),
    # --- table vs prose, rounded restatements, corrections ---------------------------
    (
        [(D03, "€28.3 billion"), (D03, "28,263")],
        "Table value (EUR million) rounded: 28,263 million is €28.3 billion.",
    ),
    (
        [(D03, "€18.9 billion"), (D03, "18,899")],
        "Table value rounded: 18,899 million is €18.9 billion.",
    ),
    (
        [(D07, "DKK 290.4 billion"), (D07, "DKK 290,403 million")],
        "DKK 290,403 million restated as DKK 290.4 billion.",
    ),
    (
        [(D15, "¥1.5 trillion"), (D15, "¥1.15 trillion", 2)],
        (
            "The correction says ¥1.5 trillion was the earlier, wrong figure and ¥1.15 trillion"
            " the correct one, which matches the body."
        ),
    ),
    # --- different periods, measures, entities ---------------------------------------
    (
        [(D03, "9,263"), (D03, "28,263")],
        "Different periods: Q4 2024 net sales vs full-year 2024 net sales.",
    ),
    (
        [(D04, "₩19.80 trillion"), (D04, "₩23.47 trillion")],
        "Different measures: net profit vs operating profit for the same year.",
    ),
    (
        [(D06, "$12.1 billion"), (D06, "$6.5 billion")],
        "Different measures: EBITDA vs EBIT for 2024, as the guest says.",
    ),
    (
        [(D06, "$30.9 billion"), (D06, "$6.5 billion")],
        "Different periods: 2022 EBIT vs 2024 EBIT.",
    ),
    (
        [(D07, "DKK 83,683 million"), (D07, "DKK 100,988 million")],
        "'Respectively': DKK 100,988 million is 2024 net profit, DKK 83,683 million 2023.",
    ),
    (
        [(D07, "USD 11.0 billion"), (D07, "USD 16.5 billion")],
        (
            "Different buyers and assets: Novo Holdings paid USD 16.5 billion for all of"
            " Catalent; Novo Nordisk paid USD 11.0 billion for three of its sites."
        ),
    ),
    (
        [(D08, "CHF 15,0 mrd"), (D08, "CHF 9,2 mrd")],
        "Different measures: core net income vs IFRS net income, as the text explains.",
    ),
    (
        [(D09, "3.919 Mio. EUR"), (D09, "14.955 Mio. EUR", 2)],
        "Different periods: fourth-quarter vs full-year fiscal 2024 revenue.",
    ),
    (
        [(D10, "€15.2 billion", 2), (D10, "€15.2 billion")],
        (
            "Same number, different figures: the fashion and leather division's 2024"
            " recurring profit vs LVMH's 2023 group net profit."
        ),
    ),
    (
        [(D10, "€15.2 billion", 2), (D10, "€19.6 billion")],
        (
            "Segment vs group: €15.2 billion of fashion and leather profit is part of the €19.6"
            " billion group profit from recurring operations."
        ),
    ),
    (
        [(D12, "SEK 72.9 billion"), (D12, "SEK 247.9 billion")],
        "Different periods: fourth-quarter vs full-year 2024 sales.",
    ),
    (
        [(D14, "$5 billion"), (D14, "$5.8 billion", 2)],
        "Different dates: $5 billion was the June commitment, raised to $5.8 billion now.",
    ),
    (
        [(D15, "¥517.2 billion"), (D15, "¥1.15 trillion")],
        "Different periods: January-March quarter vs full year to March 2025.",
    ),
    (
        [(D16, "$40 billion"), (D16, "$19 billion")],
        "Different dates: valuation at the December 2021 listing vs market value today.",
    ),
    (
        [(D16, "$313 million"), (D16, "$105 million")],
        "Different measures: adjusted EBITDA profit vs reported net loss for 2024.",
    ),
    (
        [(D18, "1.31万亿日元"), (D18, "9706亿日元")],
        (
            "Different periods and measures: this year's operating profit forecast vs last"
            " year's net profit."
        ),
    ),
]
