"""Hand-written labels for the heldout8 corpus.

MENTIONS[doc] lists every money mention of the document in document order as
(text, value, currency, entity, metric, period).  PROBLEMS and TRAPS refer to mentions
as (doc, text, k): the k-th labelled mention with that exact text in that document.
tools/build.py turns this file into mentions.jsonl, expected.jsonl and consistent.jsonl.
"""

B = 1e9  # billion
M = 1e6  # million
CR = 1e7  # crore
LCR = 1e12  # lakh crore
YI = 1e8  # 亿
WAN = 1e4  # 万

D01 = "01_petrobras_record_profit_wire.md"
D02 = "02_petrobras_2022_table.md"
D03 = "03_glencore_buys_teck_coal.md"
D04 = "04_bhp_rio_column.md"
D05 = "05_bhp_anglo_qa.md"
D06 = "06_aramco_rongsheng_cn.md"
D07 = "07_emirates_results_release.md"
D08 = "08_qantas_fy23_call.md"
D09 = "09_glencore_evr_wrapped.md"
D10 = "10_ratcliffe_united_stake.md"
D11 = "11_united_ticket_prices.md"
D12 = "12_qantas_ghost_flights_oneline.md"
D13 = "13_hdfc_bank_q1_note.md"
D14 = "14_tesco_annual_report.md"
D15 = "15_dangote_petrol_prices.md"
D16 = "16_mtn_naira_hit_wire.md"
D17 = "17_shoprite_results.md"
D18 = "18_em_deals_roundup.md"
D19 = "19_abinbev_2023_results.md"
D20 = "20_vale_mariana_settlement.md"

PB = "Petrobras"
MENTIONS = {
    D01: [
        ("R$188.3 billion", 188.3 * B, "BRL", PB, "profit", "2022"),
        ("$36.1 billion", 36.1 * B, "USD", PB, "profit", "2022"),
        ("R$106.7 billion", 106.7 * B, "BRL", PB, "profit", "2021"),
        ("R$641.3 billion", 641.3 * B, "BRL", PB, "revenue", "2022"),
        ("US$141 billion", 141 * B, "USD", PB, "revenue", "2022"),
        ("R$452.7 billion", 452.7 * B, "BRL", PB, "revenue", "2021"),
        ("R$43.3 billion", 43.3 * B, "BRL", PB, "profit", "2022-12"),
        ("R$46.1 billion", 46.1 * B, "BRL", PB, "profit", "2022-09"),
        ("R$35.8 billion", 35.8 * B, "BRL", PB, "other", "2022-12"),
        ("R$2.75", 2.75, "BRL", PB, "other", "2022-12"),
        ("R$215.8 billion", 215.8 * B, "BRL", PB, "other", "2022"),
        ("R$48.5 billion", 48.5 * B, "BRL", PB, "other", "2022-03"),
        ("R$87.8 billion", 87.8 * B, "BRL", PB, "other", "2022-06"),
        ("R$43.7 billion", 43.7 * B, "BRL", PB, "other", "2022-09"),
        ("R$35.8 billion", 35.8 * B, "BRL", PB, "other", "2022-12"),
        ("US$35.8 billion reais", 35.8 * B, "BRL", PB, "other", "2022-12"),
        ("US$9.8 billion", 9.8 * B, "USD", PB, "other", "2022"),
        ("US$53.8 billion", 53.8 * B, "USD", PB, "other", "2022-12"),
        ("$99", 99.0, "USD", None, "other", "2022"),
        ("$71", 71.0, "USD", None, "other", "2021"),
        ("R$25.20", 25.20, "BRL", PB, "share_price", "2023-03"),
    ],
    D02: [
        ("158,522", 158522 * M, "BRL", PB, "revenue", "2022-12"),
        ("170,058", 170058 * M, "BRL", PB, "revenue", "2022-09"),
        ("641,256", 641256 * M, "BRL", PB, "revenue", "2022"),
        ("452,668", 452668 * M, "BRL", PB, "revenue", "2021"),
        ("81,111", 81111 * M, "BRL", PB, "other", "2022-12"),
        ("86,073", 86073 * M, "BRL", PB, "other", "2022-09"),
        ("334,103", 334103 * M, "BRL", PB, "other", "2022"),
        ("230,120", 230120 * M, "BRL", PB, "other", "2021"),
        ("76,112", 76112 * M, "BRL", PB, "other", "2022-12"),
        ("85,480", 85480 * M, "BRL", PB, "other", "2022-09"),
        ("340,457", 340457 * M, "BRL", PB, "other", "2022"),
        ("234,229", 234229 * M, "BRL", PB, "other", "2021"),
        ("43,341", 43341 * M, "BRL", PB, "profit", "2022-12"),
        ("46,096", 46096 * M, "BRL", PB, "profit", "2022-09"),
        ("188,328", 188328 * M, "BRL", PB, "profit", "2022"),
        ("106,668", 106668 * M, "BRL", PB, "profit", "2021"),
        ("35,751", 35751 * M, "BRL", PB, "other", "2022-12"),
        ("43,681", 43681 * M, "BRL", PB, "other", "2022-09"),
        ("215,763", 215763 * M, "BRL", PB, "other", "2022"),
        ("101,394", 101394 * M, "BRL", PB, "other", "2021"),
        ("9,805", 9805 * M, "USD", PB, "other", "2022"),
        ("8,766", 8766 * M, "USD", PB, "other", "2021"),
        ("39,068", 39068 * M, "USD", PB, "other", "2022"),
        ("31,554", 31554 * M, "USD", PB, "other", "2021"),
        ("53,799", 53799 * M, "USD", PB, "other", "2022-12"),
        ("58,743", 58743 * M, "USD", PB, "other", "2021-12"),
        ("US$99.09", 99.09, "USD", None, "other", "2022"),
        ("US$70.73", 70.73, "USD", None, "other", "2021"),
        ("US$6.20", 6.20, "USD", PB, "other", "2022"),
        ("US$39.1 billion", 39.1 * B, "USD", PB, "other", "2022"),
        ("US$9.8 billion", 9.8 * B, "USD", PB, "other", "2022"),
        ("US$10.5 billion", 10.5 * B, "USD", PB, "other", "2022"),
    ],
    D03: [
        ("$6.9 billion", 6.9 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("$6.9 billion", 6.9 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("US$6.93 billion", 6.93 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("US$9 billion", 9 * B, "USD", "Elk Valley Resources", "valuation", "2023-11"),
        ("C$12.4 billion", 12.4 * B, "CAD", "Elk Valley Resources", "valuation", "2023-11"),
        ("US$1.8 billion", 1.8 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("2.5 billion", 2.5 * B, None, "Teck Resources", "other", "2023-11"),
        ("US$22.5 billion", 22.5 * B, "USD", "Teck Resources", "valuation", "2023-04"),
        ("US$8.2 billion", 8.2 * B, "USD", "Elk Valley Resources", "valuation", None),
        ("US$17.3 billion", 17.3 * B, "USD", "Glencore", "profit", "2022"),
        ("445p", 4.45, "GBP", "Glencore", "share_price", "2023-11"),
        ("C$50.02", 50.02, "CAD", "Teck Resources", "share_price", "2023-11"),
    ],
    D04: [
        ("$13.4bn", 13.4 * B, "USD", "BHP", "profit", "2023"),
        ("$53.8bn", 53.8 * B, "USD", "BHP", "revenue", "2023"),
        ("$6.6bn", 6.6 * B, "USD", "BHP", "profit", "2023-12"),
        ("$927m", 927 * M, "USD", "BHP", "profit", "2023-12"),
        ("$11.8bn", 11.8 * B, "USD", "Rio Tinto", "profit", "2023"),
        ("$10.1bn", 10.1 * B, "USD", "Rio Tinto", "profit", "2023"),
        ("$150bn", 150 * B, "USD", "BHP", "market_cap", "2024-05"),
        ("$108bn", 108 * B, "USD", "Rio Tinto", "market_cap", "2024-05"),
        ("£31.1bn", 31.1 * B, "GBP", "Anglo American", "valuation", "2024-04"),
        ("£34bn", 34 * B, "GBP", "Anglo American", "valuation", "2024-05"),
        ("£38.6bn", 38.6 * B, "GBP", "Anglo American", "valuation", "2024-05"),
        ("$49.2bn", 49.2 * B, "USD", "Anglo American", "valuation", "2024-05"),
        ("£38.6", 38.6, "GBP", "Anglo American", "valuation", "2024-05"),
        ("$3.3bn", 3.3 * B, "USD", "Turquoise Hill", "price_paid", "2022"),
    ],
    D05: [
        ("£31.1bn", 31.1 * B, "GBP", "Anglo American", "valuation", "2024-03"),
        ("£25.08", 25.08, "GBP", "Anglo American", "share_price", "2024-03"),
        ("£34bn", 34 * B, "GBP", "Anglo American", "valuation", "2024-05"),
        ("$43bn", 43 * B, "USD", "Anglo American", "valuation", "2024-05"),
        ("£38.6bn", 38.6 * B, "GBP", "Anglo American", "valuation", "2024-05"),
        ("R171bn", 171 * B, "ZAR", "Anglo American Platinum", "other", None),
        ("$9.3bn", 9.3 * B, "USD", "Anglo American Platinum", "other", None),
        ("$6.1bn", 6.1 * B, "USD", "Anglo American Copper", "revenue", "2023"),
        ("$30.7bn", 30.7 * B, "USD", "Anglo American", "revenue", "2023"),
        ("£36.8bn", 36.8 * B, "GBP", "Anglo American", "valuation", "2024-05"),
        ("$9.96bn", 9.96 * B, "USD", "Anglo American", "other", "2023"),
        ("$14.2bn", 14.2 * B, "USD", "Anglo American", "other", "2022"),
    ],
    D06: [
        ("246亿元", 246 * YI, "CNY", "Rongsheng Petrochemical", "price_paid", "2023-03"),
        ("24.3元", 24.3, "CNY", "Rongsheng Petrochemical", "share_price", "2023-03"),
        ("246亿元人民币", 246 * YI, "CNY", "Rongsheng Petrochemical", "price_paid", "2023-03"),
        ("36亿美元", 36 * YI, "USD", "Rongsheng Petrochemical", "price_paid", "2023-03"),
        ("2460亿元", 2460 * YI, "CNY", "Rongsheng Petrochemical", "valuation", "2023-03"),
        ("12.9元", 12.9, "CNY", "Rongsheng Petrochemical", "share_price", "2023-03"),
        ("2891亿元", 2891 * YI, "CNY", "Rongsheng Petrochemical", "revenue", "2022"),
        ("33.4亿元", 33.4 * YI, "CNY", "Rongsheng Petrochemical", "profit", "2022"),
        ("120万元", 120 * WAN, "CNY", "Rongsheng Petrochemical", "other", "2022"),
        ("837亿元", 837 * YI, "CNY", "Huajin Aramco Petrochemical", "other", "2023-03"),
        ("122亿美元", 122 * YI, "USD", "Huajin Aramco Petrochemical", "other", "2023-03"),
        ("1611亿美元", 1611 * YI, "USD", "Saudi Aramco", "profit", "2022"),
        ("1100亿美元", 1100 * YI, "USD", "Saudi Aramco", "profit", "2021"),
        ("1611美元", 1611.0, "USD", "Saudi Aramco", "profit", "2022"),
        ("256亿美元", 256 * YI, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("1.7万亿美元", 1.7e12, "USD", "Saudi Aramco", "valuation", "2019-12"),
        ("4.58港元", 4.58, "HKD", "Sinopec", "share_price", "2023-03"),
    ],
    D07: [
        ("AED 18.7 billion", 18.7 * B, "AED", "Emirates Group", "profit", "2024"),
        ("US$ 5.1 billion", 5.1 * B, "USD", "Emirates Group", "profit", "2024"),
        ("AED 10.9 billion", 10.9 * B, "AED", "Emirates Group", "profit", "2023"),
        ("AED 137.3 billion", 137.3 * B, "AED", "Emirates Group", "revenue", "2024"),
        ("US$ 37.4 billion", 37.4 * B, "USD", "Emirates Group", "revenue", "2024"),
        ("AED 119.8 billion", 119.8 * B, "AED", "Emirates Group", "revenue", "2023"),
        ("AED 47.1 billion", 47.1 * B, "AED", "Emirates Group", "other", "2024-03"),
        ("US$ 12.8 billion", 12.8 * B, "USD", "Emirates Group", "other", "2024-03"),
        ("AED 17.2 billion", 17.2 * B, "AED", "Emirates", "profit", "2024"),
        ("AED 10.6 billion", 10.6 * B, "AED", "Emirates", "profit", "2023"),
        ("AED 121.2 billion", 121.2 * B, "AED", "Emirates", "revenue", "2024"),
        ("AED 1.5 billion", 1.5 * B, "AED", "dnata", "profit", "2024"),
        ("AED 18.7 billion", 18.7 * B, "AED", "Emirates Group", "profit", "2024"),
        ("AED 4 billion", 4 * B, "AED", "Emirates Group", "other", "2024"),
        ("US$ 52 billion", 52 * B, "USD", "Emirates", "other", "2024"),
        ("US$ 2 billion", 2 * B, "USD", "Emirates", "other", None),
        ("AED 3.6725", 3.6725, "AED", None, "other", None),
        ("US$ 1", 1.0, "USD", None, "other", None),
    ],
    D08: [
        ("$2.47 billion", 2.47 * B, "AUD", "Qantas", "profit", "2023"),
        ("$1.74 billion", 1.74 * B, "AUD", "Qantas", "profit", "2023"),
        ("$19.8 billion", 19.8 * B, "AUD", "Qantas", "revenue", "2023"),
        ("$9.1 billion", 9.1 * B, "AUD", "Qantas", "revenue", "2022"),
        ("$500 million", 500 * M, "AUD", "Qantas", "other", "2023-08"),
        ("$1.5 billion", 1.5 * B, "AUD", "Qantas", "other", "2023-08"),
        ("$1.33 billion", 1.33 * B, "AUD", "Qantas Domestic", "profit", "2023"),
        ("$0.95 billion", 0.95 * B, "AUD", "Qantas International", "profit", "2023"),
        ("$0.54 billion", 0.54 * B, "AUD", "Jetstar", "profit", "2023"),
        ("$0.48 billion", 0.48 * B, "AUD", "Qantas Loyalty", "profit", "2023"),
        ("$3.5 billion", 3.5 * B, "AUD", "Qantas", "profit", "2023"),
        ("$476 million", 476 * M, "AUD", "Qantas Loyalty", "profit", "2023"),
        ("$282 million", 282 * M, "AUD", "Qantas Loyalty", "profit", "2022"),
        ("$2.89 billion", 2.89 * B, "AUD", "Qantas", "other", "2023-06"),
        ("$5.4 billion", 5.4 * B, "AUD", "Qantas", "other", "2024"),
        ("US$85", 85.0, "USD", None, "other", "2024"),
        ("$2.47", 2.47, "AUD", "Qantas", "profit", "2023"),
        ("$220", 220.0, "AUD", "Qantas", "other", "2023-08"),
        ("$1 billion", 1 * B, "AUD", "Qantas", "other", None),
        ("$570 million", 570 * M, "AUD", "Qantas", "other", "2023-06"),
    ],
    D09: [
        ("US$6.93bn", 6.93 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("US$9bn", 9 * B, "USD", "Elk Valley Resources", "valuation", "2023-11"),
        ("C$12.4bn", 12.4 * B, "CAD", "Elk Valley Resources", "valuation", "2023-11"),
        ("C$8.2bn", 8.2 * B, "CAD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("US$2.5bn", 2.5 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("US$5.2bn", 5.2 * B, "USD", "Elk Valley Resources", "other", "2022"),
        ("US$9bn", 9 * B, "USD", "Elk Valley Resources", "valuation", "2023-11"),
        ("US$22.5bn", 22.5 * B, "USD", "Teck Resources", "valuation", "2023-04"),
        ("US$6.93bn", 6.93 * B, "USD", "Elk Valley Resources", "price_paid", "2023-11"),
        ("US$17.3bn", 17.3 * B, "USD", "Glencore", "profit", "2022"),
    ],
    D10: [
        ("$1.3bn", 1.3 * B, "USD", "Manchester United", "price_paid", "2023-12"),
        ("£1bn", 1 * B, "GBP", "Manchester United", "price_paid", "2023-12"),
        ("$33", 33.0, "USD", "Manchester United", "share_price", "2023-12"),
        ("$5.3bn", 5.3 * B, "USD", "Manchester United", "valuation", "2023-12"),
        ("$19.20", 19.20, "USD", "Manchester United", "share_price", "2023-12"),
        ("$200m", 200 * M, "USD", "Manchester United", "investment", "2023-12"),
        ("$100m", 100 * M, "USD", "Manchester United", "investment", "2024"),
        ("$300m", 300 * M, "USD", "Manchester United", "investment", "2023-12"),
        ("£236m", 236 * M, "GBP", "Manchester United", "investment", "2023-12"),
        ("£5bn", 5 * B, "GBP", "Manchester United", "valuation", None),
        ("£790m", 790 * M, "GBP", "Manchester United", "price_paid", "2005"),
        ("650 million", 650 * M, None, "Manchester United", "other", "2023-12"),
        ("£648.4m", 648.4 * M, "GBP", "Manchester United", "revenue", "2023"),
        ("£28.7m", 28.7 * M, "GBP", "Manchester United", "loss", "2023"),
    ],
    D11: [
        ("£66", 66.0, "GBP", "Manchester United", "other", None),
        ("$83", 83.0, "USD", "Manchester United", "other", None),
        ("£678", 678.0, "GBP", "Manchester United", "other", "2025"),
        ("£35.70", 35.70, "GBP", "Manchester United", "other", "2025"),
        ("£1,000", 1000.0, "GBP", "Manchester United", "other", "2025"),
        ("£247", 247.0, "GBP", "Manchester United", "other", "2025"),
        ("£5.30", 5.30, "GBP", "Manchester United", "other", None),
        ("£4.20", 4.20, "GBP", "Manchester United", "other", None),
        ("£4", 4.0, "GBP", "Manchester United", "other", None),
        ("£15", 15.0, "GBP", None, "other", None),
        ("£5.99", 5.99, "GBP", "Manchester United", "other", None),
        ("£54.99", 54.99, "GBP", "Manchester United", "other", None),
        ("£648.4m", 648.4 * M, "GBP", "Manchester United", "revenue", "2023"),
        ("$1.3bn", 1.3 * B, "USD", "Manchester United", "price_paid", "2023-12"),
        ("$4.2bn", 4.2 * B, "USD", "Manchester United", "valuation", "2023-12"),
        ("$300m", 300 * M, "USD", "Manchester United", "investment", "2023-12"),
        ("£1,850", 1850.0, "GBP", None, "other", "2025"),
    ],
    D12: [
        ("A$100 million", 100 * M, "AUD", "Qantas", "other", "2024-05"),
        ("A$20 million", 20 * M, "AUD", "Qantas", "other", "2024-05"),
        ("A$120 million", 120 * M, "AUD", "Qantas", "other", "2024-05"),
        ("A$1.47 billion", 1.47 * B, "AUD", "Qantas", "profit", "2023"),
        ("A$2.47 billion", 2.47 * B, "AUD", "Qantas", "profit", "2022"),
        ("A$20 billion", 20 * B, "AUD", "Qantas", "revenue", None),
        ("A$5.96", 5.96, "AUD", "Qantas", "share_price", "2024-05"),
        ("A$225", 225.0, "AUD", "Qantas", "other", "2024-05"),
        ("A$450", 450.0, "AUD", "Qantas", "other", "2024-05"),
    ],
    D13: [
        ("Rs 16,175 crore", 16175 * CR, "INR", "HDFC Bank", "profit", "2024-06"),
        ("$1.93 billion", 1.93 * B, "USD", "HDFC Bank", "profit", "2024-06"),
        ("Rs 11,952 crore", 11952 * CR, "INR", "HDFC Bank", "profit", "2023-06"),
        ("Rs 16,512 crore", 16512 * CR, "INR", "HDFC Bank", "profit", "2024-03"),
        ("Rs 29,837 crore", 29837 * CR, "INR", "HDFC Bank", "revenue", "2024-06"),
        ("Rs 23,599 crore", 23599 * CR, "INR", "HDFC Bank", "revenue", "2023-06"),
        ("Rs 2,602 crore", 2602 * CR, "INR", "HDFC Bank", "other", "2024-06"),
        ("Rs 2,860 crore", 2860 * CR, "INR", "HDFC Bank", "other", "2023-06"),
        ("₹10,900 crore", 10900 * CR, "INR", "HDFC Bank", "other", "2024-03"),
        ("₹23.79 lakh crore", 23.79 * LCR, "INR", "HDFC Bank", "other", "2024-06"),
        ("₹19.13 lakh crore", 19.13 * LCR, "INR", "HDFC Bank", "other", "2023-06"),
        ("₹24.87 lakh crore", 24.87 * LCR, "INR", "HDFC Bank", "other", "2024-06"),
        ("₹581 crore", 581 * CR, "INR", "HDB Financial Services", "profit", "2024-06"),
        ("₹12,500 crore", 12500 * CR, "INR", "HDB Financial Services", "funding", None),
        ("Rs 16,175 crore", 16175 * CR, "INR", "HDFC Bank", "profit", "2024-03"),
        ("₹16,621 crore", 16621 * CR, "INR", "HDFC Bank", "other", "2024-06"),
        ("₹1,616", 1616.0, "INR", "HDFC Bank", "share_price", "2024-07"),
        ("$12.3 lakh crore rupees", 12.3 * LCR, "INR", "HDFC Bank", "market_cap", "2024-07"),
        ("₹2,050", 2050.0, "INR", "HDFC Bank", "share_price", None),
        ("₹1,950", 1950.0, "INR", "HDFC Bank", "share_price", None),
    ],
    D14: [
        ("£61.5bn", 61.5 * B, "GBP", "Tesco", "revenue", "2024"),
        ("€72bn", 72 * B, "EUR", "Tesco", "revenue", "2024"),
        ("£55.7bn", 55.7 * B, "GBP", "Tesco UK & ROI", "revenue", "2024"),
        ("£4.6bn", 4.6 * B, "GBP", "Tesco Central Europe", "revenue", "2024"),
        ("£1.2bn", 1.2 * B, "GBP", "Tesco Bank", "revenue", "2024"),
        ("£68.2bn", 68.2 * B, "GBP", "Tesco", "revenue", "2024"),
        ("£65.8bn", 65.8 * B, "GBP", "Tesco", "revenue", "2023"),
        ("£2,751m", 2751 * M, "GBP", "Tesco", "profit", "2024"),
        ("£2,625m", 2625 * M, "GBP", "Tesco", "profit", "2023"),
        ("£2,459m", 2459 * M, "GBP", "Tesco UK & ROI", "profit", "2024"),
        ("£265m", 265 * M, "GBP", "Tesco Central Europe", "profit", "2024"),
        ("£127m", 127 * M, "GBP", "Tesco Bank", "profit", "2024"),
        ("£250m", 250 * M, "GBP", "Tesco", "other", "2024"),
        ("£2,289m", 2289 * M, "GBP", "Tesco", "profit", "2024"),
        ("£1,004m", 1004 * M, "GBP", "Tesco", "profit", "2023"),
        ("£1,764m", 1764 * M, "GBP", "Tesco", "profit", "2024"),
        ("£2,258m", 2258 * M, "GBP", "Tesco", "other", "2024"),
        ("£2,130m", 2130 * M, "GBP", "Tesco", "other", "2023"),
        ("£0.6bn", 0.6 * B, "GBP", "Tesco", "other", "2024"),
        ("£9.5bn", 9.5 * B, "GBP", "Tesco", "other", "2024-02"),
        ("£1bn", 1 * B, "GBP", "Tesco", "other", "2024"),
        ("£1bn", 1 * B, "GBP", "Tesco", "other", "2025"),
        ("$1.27bn", 1.27 * B, "USD", "Tesco", "other", "2025"),
        ("8.25p", 0.0825, "GBP", "Tesco", "other", "2024"),
        ("12.10p", 0.121, "GBP", "Tesco", "other", "2024"),
        ("10.85p", 0.1085, "GBP", "Tesco", "other", "2023"),
        ("£2.8bn", 2.8 * B, "GBP", "Tesco", "profit", "2025"),
        ("£1.4bn", 1.4 * B, "GBP", "Tesco", "other", "2025"),
        ("£1.8bn", 1.8 * B, "GBP", "Tesco", "other", "2025"),
    ],
    D15: [
        ("₦1,030", 1030.0, "NGN", "NNPC", "other", "2024-10"),
        ("₦617", 617.0, "NGN", "NNPC", "other", "2024-08"),
        ("₦1,050", 1050.0, "NGN", None, "other", "2024-10"),
        ("₦1,150", 1150.0, "NGN", None, "other", "2024-10"),
        ("₦898", 898.0, "NGN", "Dangote Refinery", "other", "2024-10"),
        ("₦51,500", 51500.0, "NGN", None, "other", "2024-10"),
        ("₦1,650", 1650.0, "NGN", None, "other", "2024-10"),
        ("$31", 31.0, "USD", None, "other", "2024-10"),
        ("₦70,000", 70000.0, "NGN", None, "other", None),
        ("$77", 77.0, "USD", None, "other", "2024-10"),
        ("48 US cents", 0.48, "USD", None, "other", "2024-10"),
        ("$19bn", 19 * B, "USD", "Dangote Refinery", "other", None),
        ("$13.9bn", 13.9 * B, "USD", "Aliko Dangote", "other", "2024-10"),
        ("$19", 19.0, "USD", "Dangote Refinery", "other", None),
        ("₦4 trillion", 4e12, "NGN", "Nigerian government", "other", None),
        ("₦6,000", 6000.0, "NGN", None, "other", "2024-10"),
    ],
    D16: [
        ("475 South African cents", 4.75, "ZAR", "MTN Group", "other", "2023"),
        ("896 cents", 8.96, "ZAR", "MTN Group", "other", "2022"),
        ("R207bn", 207 * B, "ZAR", "MTN Group", "revenue", "2023"),
        ("$11.1bn", 11.1 * B, "USD", "MTN Group", "revenue", "2023"),
        ("R36bn", 36 * B, "ZAR", "MTN Group", "other", "2023"),
        ("₦740 billion", 740 * B, "NGN", "MTN Nigeria", "loss", "2023"),
        ("₦137 billion", 137 * B, "NGN", "MTN Nigeria", "loss", "2023"),
        ("₦348.7 billion", 348.7 * B, "NGN", "MTN Nigeria", "profit", "2022"),
        ("R740 billion naira", 740 * B, "NGN", "MTN Nigeria", "loss", "2023"),
        ("330 cents", 3.30, "ZAR", "MTN Group", "other", "2023"),
        ("R35bn", 35 * B, "ZAR", "MTN Group", "other", "2024"),
        ("R95.10", 95.10, "ZAR", "MTN Group", "share_price", "2024-03"),
    ],
    D17: [
        ("R240.7bn", 240.7 * B, "ZAR", "Shoprite", "revenue", "2024"),
        ("$11.5bn", 11.5 * B, "USD", "Shoprite", "revenue", "2024"),
        ("R12.4bn", 12.4 * B, "ZAR", "Shoprite", "profit", "2024"),
        ("R11.4bn", 11.4 * B, "ZAR", "Shoprite", "profit", "2023"),
        ("1,235.6 cents", 12.356, "ZAR", "Shoprite", "other", "2024"),
        ("639 cents", 6.39, "ZAR", "Shoprite", "other", "2024"),
        ("R216.5bn", 216.5 * B, "ZAR", "Shoprite", "revenue", "2023"),
        ("R0.9bn", 0.9 * B, "ZAR", "Shoprite", "other", "2024"),
        ("R1.4bn", 1.4 * B, "ZAR", "Shoprite", "other", "2023"),
        ("R13.2bn", 13.2 * B, "ZAR", "Sixty60", "revenue", "2024"),
        ("R15.99", 15.99, "ZAR", "Shoprite", "other", "2024-08"),
        ("R29.99", 29.99, "ZAR", "Shoprite", "other", "2024-08"),
        ("R7.4bn", 7.4 * B, "ZAR", "Shoprite", "other", "2025"),
        ("R290.31", 290.31, "ZAR", "Shoprite", "share_price", "2024-08"),
        ("R171bn", 171 * B, "ZAR", "Shoprite", "market_cap", "2024-08"),
    ],
    D18: [
        ("£3.2bn", 3.2 * B, "GBP", "BT Group", "price_paid", "2024-08"),
        ("₹35,400 crore", 35400 * CR, "INR", "BT Group", "price_paid", "2024-08"),
        ("£18bn", 18 * B, "GBP", "BT Group", "valuation", "2024-08"),
        ("£7.3bn", 7.3 * B, "GBP", "Jaguar Land Rover", "revenue", "2024-06"),
        ("₹70,000 crore", 70000 * CR, "INR", "Jaguar Land Rover", "revenue", "2024-06"),
        ("₹1.08 lakh crore", 1.08 * LCR, "INR", "Tata Motors", "revenue", "2024-06"),
        ("₹5,566 crore", 5566 * CR, "INR", "Tata Motors", "profit", "2024-06"),
        ("Rs 1,08,048 crore", 108048 * CR, "INR", "Tata Motors", "revenue", "2024-06"),
        ("R$13.6 billion", 13.6 * B, "BRL", PB, "other", "2024-06"),
        ("R$2.6 billion", 2.6 * B, "BRL", PB, "loss", "2024-06"),
        ("R$188.3 billion", 188.3 * B, "BRL", PB, "profit", "2023"),
        ("R$5.61", 5.61, "BRL", None, "other", "2024-08"),
        ("SAR 42.3bn", 42.3 * B, "SAR", "Saudi Aramco", "price_paid", "2024-06"),
        ("$11.3bn", 11.3 * B, "USD", "Saudi Aramco", "price_paid", "2024-06"),
        ("SAR 3.75", 3.75, "SAR", None, "other", None),
        ("SAR 27.25", 27.25, "SAR", "Saudi Aramco", "share_price", "2024-06"),
        ("SAR 6.6 trillion", 6.6e12, "SAR", "Saudi Aramco", "valuation", "2024-06"),
        ("$161.1bn", 161.1 * B, "USD", "Saudi Aramco", "profit", "2022"),
        ("$121.3bn", 121.3 * B, "USD", "Saudi Aramco", "profit", "2023"),
        ("$19bn", 19 * B, "USD", "Dangote Refinery", "other", None),
        ("$1.4bn", 1.4 * B, "USD", "Dangote Refinery", "other", "2024-08"),
        ("₦1.3 trillion", 1.3e12, "NGN", "Dangote Refinery", "other", "2024-08"),
        ("R3.1bn", 3.1 * B, "ZAR", "MTN Group", "loss", "2024-06"),
        ("R8.4bn", 8.4 * B, "ZAR", "MTN Group", "profit", "2023-06"),
        ("₦519bn", 519 * B, "NGN", "MTN Nigeria", "loss", "2024-06"),
        ("A$50bn", 50 * B, "AUD", "Woodside", "market_cap", "2024-08"),
        ("US$34bn", 34 * B, "USD", "Woodside", "market_cap", "2024-08"),
        ("US$1.94bn", 1.94 * B, "USD", "Woodside", "profit", "2024-06"),
        ("US69c", 0.69, "USD", "Woodside", "other", "2024-06"),
        ("1.2 billion", 1.2 * B, None, "Woodside", "other", None),
        ("€6.1bn", 6.1 * B, "EUR", "Neoen", "valuation", "2024-08"),
        ("C$9.1bn", 9.1 * B, "CAD", "Neoen", "valuation", "2024-08"),
        ("$14.9bn", 14.9 * B, "USD", "US Steel", "price_paid", None),
        ("¥2.2 trillion", 2.2e12, "JPY", "US Steel", "price_paid", None),
    ],
    D19: [
        ("$59.4bn", 59.4 * B, "USD", "AB InBev", "revenue", "2023"),
        ("$19.98bn", 19.98 * B, "USD", "AB InBev", "other", "2023"),
        ("$6.2bn", 6.2 * B, "USD", "AB InBev", "profit", "2023"),
        ("$5.3bn", 5.3 * B, "USD", "AB InBev", "profit", "2023"),
        ("€0.82", 0.82, "EUR", "AB InBev", "other", "2023"),
        ("89 US cents", 0.89, "USD", "AB InBev", "other", "2023"),
        ("€0.75", 0.75, "EUR", "AB InBev", "other", "2022"),
        ("$1bn", 1 * B, "USD", "AB InBev", "other", "2024"),
        ("$14.8bn", 14.8 * B, "USD", "AB InBev United States", "revenue", "2023"),
        ("$67.6bn", 67.6 * B, "USD", "AB InBev", "other", "2023-12"),
        ("$100bn", 100 * B, "USD", "SABMiller", "price_paid", "2016"),
        ("$19.98bn", 19.98 * B, "USD", "AB InBev", "other", "2023"),
        ("$5.3bn", 5.3 * B, "USD", "Heineken", "profit", "2023"),
        ("€58.32", 58.32, "EUR", "AB InBev", "share_price", "2024-02"),
    ],
    D20: [
        ("R$170 billion", 170 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$170 billion", 170 * B, "BRL", "Samarco", "other", "2024-10"),
        ("$30 billion", 30 * B, "USD", "Samarco", "other", "2024-10"),
        ("R$38 billion", 38 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$100 billion", 100 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$42 billion", 42 * B, "BRL", "Samarco", "other", "2024-10"),
        ("R$100 billion", 100 * B, "BRL", "Samarco", "other", "2024-10"),
        ("$17.6 billion", 17.6 * B, "USD", "Samarco", "other", "2024-10"),
        ("$2.4 billion", 2.4 * B, "USD", "Vale", "profit", "2024-09"),
        ("$1.2 billion", 1.2 * B, "USD", "Vale", "other", "2024-06"),
        ("R$37.7 billion", 37.7 * B, "BRL", "Vale", "other", "2021-02"),
        ("R$61.05", 61.05, "BRL", "Vale", "share_price", "2024-10"),
        ("$6.5 billion", 6.5 * B, "USD", "BHP", "other", "2024"),
    ],
}

# ---------------------------------------------------------------------------
# Planted problems: (type, [(doc, text, k), ...], explanation).  Flagged figure first.
PROBLEMS = [
    # currency-conflict
    (
        "currency-conflict",
        [(D01, "US$35.8 billion reais", 1), (D01, "R$35.8 billion", 1)],
        "The fourth-quarter payout carries both a dollar symbol and the word reais. The rest of the document "
        "states the same payout as R$35.8 billion twice, so the amount is in reais and the US$ is a slip.",
    ),
    (
        "currency-conflict",
        [(D13, "$12.3 lakh crore rupees", 1), (D13, "Rs 16,175 crore", 1)],
        "The market value is written with a dollar sign but in lakh crore rupees. Every other bank figure in "
        "the note is in rupees, and Rs 12.3 lakh crore (about $147bn) is a plausible market value; "
        "$12.3 lakh crore would be $12.3 trillion.",
    ),
    (
        "currency-conflict",
        [(D16, "R740 billion naira", 1), (D16, "₦740 billion", 1)],
        "The Nigerian unit's foreign-exchange loss is written with the rand symbol R and the word naira. "
        "Earlier in the document it is ₦740 billion, so the amount is in naira.",
    ),
    # missing-scale
    (
        "missing-scale",
        [(D04, "£38.6", 1), (D04, "£38.6bn", 1)],
        "'Even at £38.6' refers to BHP's third proposal, stated as £38.6bn two paragraphs earlier; "
        "the magnitude word has been dropped (the per-share price was about £29, not £38.6).",
    ),
    (
        "missing-scale",
        [(D08, "$2.47", 1), (D08, "$2.47 billion", 1)],
        "The analyst's 'the $2.47' is the underlying profit before tax of $2.47 billion given by the CEO; "
        "the transcript drops 'billion'.",
    ),
    (
        "missing-scale",
        [(D15, "$19", 1), (D15, "$19bn", 1)],
        "'The $19 refinery' is the plant that cost about $19bn, stated in the previous sentence; the "
        "magnitude was lost. Nineteen dollars is not a refinery cost (the other small dollar amounts in "
        "the piece are per-litre or per-barrel prices).",
    ),
    (
        "missing-scale",
        [(D06, "1611美元", 1), (D06, "1611亿美元", 1)],
        "'手握1611美元利润' repeats Aramco's 2022 net profit, given in the same paragraph as 1611亿美元; "
        "the 亿 has been dropped, leaving 1,611 dollars.",
    ),
    # missing-currency
    (
        "missing-currency",
        [(D03, "2.5 billion", 1), (D03, "US$9 billion", 1), (D03, "C$12.4 billion", 1)],
        "Teck's use of proceeds, 'about 2.5 billion', has no currency. The article mixes US dollars and "
        "Canadian dollars (US$9 billion or C$12.4 billion; Teck's shares in C$), and Teck is a Canadian "
        "company selling for US dollars, so either reading is possible and they differ by about 38%.",
    ),
    (
        "missing-currency",
        [(D10, "650 million", 1), (D10, "$1.3bn", 1), (D10, "£648.4m", 1)],
        "United's gross debt, 'about 650 million', has no currency in an article that switches between "
        "dollars (the share deal) and pounds (revenue, the 2005 price); the club reports in pounds but "
        "lists in New York and much of the debt is dollar-denominated.",
    ),
    (
        "missing-currency",
        [(D18, "1.2 billion", 1), (D18, "A$50bn", 1), (D18, "US$1.94bn", 1)],
        "Woodside's Scarborough cost increase, 'about 1.2 billion', has no currency; the same paragraph "
        "uses both A$ (market value) and US$ (profit, dividend).",
    ),
    # fx-mismatch
    (
        "fx-mismatch",
        [(D01, "US$141 billion", 1), (D01, "R$641.3 billion", 1)],
        "At the ECB rate for 2023-03-02 (about 5.21 reais per dollar) R$641.3 billion is about US$123 "
        "billion, not US$141 billion (+14.5%). The conversion in the same article's first figure "
        "(R$188.3 billion = $36.1 billion) uses the right rate.",
    ),
    (
        "fx-mismatch",
        [(D09, "C$8.2bn", 1), (D09, "US$6.93bn", 1)],
        "At the ECB rate for 2023-11-16 (about 1.373 Canadian dollars per US dollar) US$6.93bn is about "
        "C$9.5bn; the note's C$8.2bn is about 14% too low. The note's own C$12.4bn for US$9bn is right.",
    ),
    (
        "fx-mismatch",
        [(D18, "₹70,000 crore", 1), (D18, "£7.3bn", 1)],
        "At the ECB cross rate for 2024-08-30 (about 110.5 rupees per pound) £7.3bn is about ₹80,700 "
        "crore, not ₹70,000 crore (-13%). The BT conversion in the same piece (£3.2bn = ₹35,400 crore) "
        "uses the right rate.",
    ),
    (
        "fx-mismatch",
        [(D17, "$11.5bn", 1), (D17, "R240.7bn", 1)],
        "At the ECB rate for 2024-08-20 (about 17.8 rand per dollar) R240.7bn is about $13.5bn; "
        "$11.5bn is about 15% too low.",
    ),
    # figure-conflict
    (
        "figure-conflict",
        [(D05, "£36.8bn", 1), (D05, "£38.6bn", 1)],
        "The explainer gives BHP's final proposal as about £38.6bn and, two answers later, says BHP would "
        "not raise 'its £36.8bn proposal' (digits transposed). Doc 04 also has £38.6bn.",
    ),
    (
        "figure-conflict",
        [(D12, "A$1.47 billion", 1), (D08, "$1.74 billion", 1)],
        "Qantas's statutory profit after tax for 2022-23 is A$1.74 billion in the results transcript "
        "(doc 08); the ghost-flights note has A$1.47 billion (digits transposed).",
    ),
    (
        "figure-conflict",
        [(D09, "US$2.5bn", 1), (D03, "US$1.8 billion", 1)],
        "Nippon Steel's 20% of EVR is worth about US$1.8 billion in doc 03 (20% of US$9 billion); doc 09 "
        "puts its share of the bill at about US$2.5bn for the same stake in the same deal. Same planted "
        "error as the stake-mismatch on doc 09.",
    ),
    (
        "figure-conflict",
        [(D11, "$4.2bn", 1), (D10, "$5.3bn", 1)],
        "The valuation implied by Ratcliffe's December 2023 purchase is roughly $5.3bn in doc 10 and "
        "roughly $4.2bn in doc 11. Same planted error as the stake-mismatch on doc 11.",
    ),
    # sum-mismatch
    (
        "sum-mismatch",
        [
            (D20, "R$42 billion", 1),
            (D20, "R$38 billion", 1),
            (D20, "R$100 billion", 1),
            (D20, "R$170 billion", 2),
        ],
        "The settlement is said to total R$170 billion and to include R$38 billion already spent and "
        "R$100 billion for the governments; the next sentence adds 'a further R$42 billion' for Samarco's "
        "obligations. 38 + 100 + 42 = 180, not 170 (the Samarco part should be R$32 billion).",
    ),
    (
        "sum-mismatch",
        [(D14, "£265m", 1), (D14, "£2,459m", 1), (D14, "£127m", 1), (D14, "£2,751m", 1)],
        "Adjusted operating profit is £2,751m, but the segment contributions in the next sentence add to "
        "£2,459m + £265m + £127m = £2,851m, £100m more than the total (Central Europe should be £165m).",
    ),
    (
        "sum-mismatch",
        [
            (D08, "$3.5 billion", 1),
            (D08, "$1.33 billion", 1),
            (D08, "$0.95 billion", 1),
            (D08, "$0.54 billion", 1),
            (D08, "$0.48 billion", 1),
        ],
        "The CFO lists segment EBIT of $1.33bn, $0.95bn, $0.54bn and $0.48bn and says together they earned "
        "$3.5 billion; the four add to $3.30 billion.",
    ),
    # change-mismatch
    (
        "change-mismatch",
        [(D01, "R$43.3 billion", 1), (D01, "R$46.1 billion", 1)],
        "'Profit fell 38% to R$43.3 billion from R$46.1 billion' in the previous quarter: the fall is "
        "6.1%, not 38%.",
    ),
    (
        "change-mismatch",
        [(D02, "334,103", 1), (D02, "230,120", 1)],
        "Gross profit rose from R$230,120 million to R$334,103 million, an increase of 45.2%; the change "
        "column says +54.2% (digits transposed). The other rows' changes are right.",
    ),
    (
        "change-mismatch",
        [(D08, "$19.8 billion", 1), (D08, "$9.1 billion", 1)],
        "Revenue of $19.8 billion against $9.1 billion is an increase of about 118%, not 'up 81 per cent'.",
    ),
    (
        "change-mismatch",
        [(D17, "R12.4bn", 1), (D17, "R11.4bn", 1)],
        "Trading profit 'rose 12.5% to R12.4bn from R11.4bn': the increase is 8.8%.",
    ),
    # stake-mismatch
    (
        "stake-mismatch",
        [(D09, "US$2.5bn", 1), (D09, "US$9bn", 1)],
        "Nippon Steel takes 20 per cent (stated in the sentence before) and the note values EVR at US$9bn "
        "on a 100% basis, so its share is worth about US$1.8bn; US$2.5bn would imply a US$12.5bn valuation.",
    ),
    (
        "stake-mismatch",
        [(D11, "$4.2bn", 1), (D11, "$1.3bn", 1)],
        "$1.3bn for a 25 per cent stake implies about $5.2bn for the whole club, not 'roughly $4.2bn'.",
    ),
    (
        "stake-mismatch",
        [(D18, "£18bn", 1), (D18, "£3.2bn", 1)],
        "£3.2bn for 24.5% of BT implies about £13bn for the whole company; the text says the price values "
        "BT at about £18bn (+38%).",
    ),
    # multiple-mismatch
    (
        "multiple-mismatch",
        [(D04, "$150bn", 1), (D04, "$108bn", 1)],
        "BHP at about $150bn is 1.4 times Rio Tinto at $108bn, not 'roughly twice the size'.",
    ),
    (
        "multiple-mismatch",
        [(D07, "AED 17.2 billion", 1), (D07, "AED 10.6 billion", 1)],
        "The airline's AED 17.2 billion profit is 1.62 times last year's AED 10.6 billion, an increase of "
        "62%, not 'more than double'.",
    ),
    (
        "multiple-mismatch",
        [(D19, "$19.98bn", 2), (D19, "$5.3bn", 2)],
        "AB InBev's $19.98bn of normalised EBITDA is 3.8 times Heineken's $5.3bn, closer to four times "
        "than to 'roughly triple'.",
    ),
    # period-conflict
    (
        "period-conflict",
        [(D18, "R$188.3 billion", 1), (D01, "R$188.3 billion", 1), (D02, "188,328", 1)],
        "The record R$188.3 billion Petrobras profit was earned in 2022 (docs 01 and 02); the roundup "
        "attributes it to 2023.",
    ),
    (
        "period-conflict",
        [(D13, "Rs 16,175 crore", 2), (D13, "Rs 16,175 crore", 1), (D13, "Rs 16,512 crore", 1)],
        "Rs 16,175 crore is HDFC Bank's profit for the June quarter (Q1 FY25), as the first bullet says; "
        "a later bullet calls it the profit 'earned in the March quarter', which was Rs 16,512 crore.",
    ),
    (
        "period-conflict",
        [(D05, "£31.1bn", 1), (D04, "£31.1bn", 1)],
        "BHP's first £31.1bn proposal is dated April in the column (doc 04); the explainer says it was "
        "made 'in late March'.",
    ),
    (
        "period-conflict",
        [(D12, "A$2.47 billion", 1), (D08, "$2.47 billion", 1)],
        "Qantas's A$2.47 billion underlying profit before tax is the record for the year to June 2023 "
        "(FY23, doc 08); the note attributes it to the year to June 2022, when Qantas made a loss.",
    ),
]

# ---------------------------------------------------------------------------
# Consistent cases a careless checker would flag: ([(doc, text, k), ...], why_consistent).
TRAPS = [
    # --- 01 Petrobras wire
    (
        [(D01, "R$188.3 billion", 1), (D01, "$36.1 billion", 1)],
        "At the ECB rate for 2023-03-02 (5.209 reais per dollar) R$188.3 billion is $36.1 billion.",
    ),
    (
        [(D01, "R$188.3 billion", 1), (D01, "R$106.7 billion", 1)],
        "188.3 / 106.7 = 1.765: up 76.5%, stated 76.6% (rounding of the underlying figures).",
    ),
    (
        [
            (D01, "R$215.8 billion", 1),
            (D01, "R$48.5 billion", 1),
            (D01, "R$87.8 billion", 1),
            (D01, "R$43.7 billion", 1),
            (D01, "R$35.8 billion", 2),
        ],
        "48.5 + 87.8 + 43.7 + 35.8 = 215.8: the quarterly distributions add up to the annual total.",
    ),
    (
        [(D01, "R$43.3 billion", 1), (D01, "R$188.3 billion", 1)],
        "Fourth-quarter profit against full-year profit: different periods, not a figure conflict.",
    ),
    ([(D01, "R$2.75", 1)], "R$2.75 is the payout per share, not a total that lost its magnitude."),
    (
        [(D01, "$99", 1), (D01, "$71", 1)],
        "Brent prices per barrel for two different years; per-unit prices, not missing-scale amounts.",
    ),
    # --- 02 Petrobras table and cross-document agreement
    (
        [(D01, "R$188.3 billion", 1), (D02, "188,328", 1)],
        "The wire's R$188.3 billion is the table's R$188,328 million rounded.",
    ),
    (
        [(D01, "R$641.3 billion", 1), (D02, "641,256", 1)],
        "The wire's R$641.3 billion is the table's R$641,256 million rounded.",
    ),
    (
        [(D01, "US$9.8 billion", 1), (D02, "9,805", 1)],
        "Capex: US$9.8 billion in the wire, US$9,805 million in the table.",
    ),
    (
        [(D02, "641,256", 1), (D02, "452,668", 1)],
        "641,256 / 452,668 = 1.417: +41.7% as the change column says.",
    ),
    ([(D02, "215,763", 1), (D02, "101,394", 1)], "215,763 / 101,394 = 2.128: +112.8% as stated."),
    (
        [(D02, "340,457", 1), (D02, "334,103", 1), (D02, "188,328", 1)],
        "Adjusted EBITDA, gross profit and net income for the same year are different measures; the text "
        "explains why EBITDA sits above gross profit.",
    ),
    (
        [(D02, "US$99.09", 1), (D02, "US$70.73", 1), (D02, "US$6.20", 1)],
        "Per-barrel prices and lifting cost, not totals.",
    ),
    # --- 03 / 09 Glencore and EVR
    (
        [(D03, "$6.9 billion", 1), (D03, "US$6.93 billion", 1)],
        "The headline's $6.9 billion is the body's US$6.93 billion rounded.",
    ),
    (
        [(D03, "US$9 billion", 1), (D03, "C$12.4 billion", 1)],
        "At the ECB rate for 2023-11-14 (1.383 C$ per US$) US$9 billion is C$12.45 billion.",
    ),
    (
        [(D03, "US$6.93 billion", 1), (D03, "US$9 billion", 1)],
        "77% of US$9 billion is US$6.93 billion: the stake price and the valuation agree.",
    ),
    (
        [(D03, "US$1.8 billion", 1), (D03, "US$9 billion", 1)],
        "20% of US$9 billion is US$1.8 billion.",
    ),
    (
        [(D03, "US$6.93 billion", 1), (D03, "US$1.8 billion", 1)],
        "Two different buyers' stakes in EVR in the same transaction (Glencore's 77% and Nippon Steel's "
        "20%); both are price paid for EVR in November 2023 but they are not the same figure.",
    ),
    (
        [(D03, "US$8.2 billion", 1), (D03, "US$9 billion", 1)],
        "An earlier, rejected offer for the coal unit against the final agreed valuation: bid versus deal.",
    ),
    ([(D03, "445p", 1)], "Glencore's share price in pence (£4.45), not a missing-scale amount."),
    (
        [(D09, "US$9bn", 1), (D09, "C$12.4bn", 1)],
        "At the ECB rate for 2023-11-16 (1.373 C$ per US$) US$9bn is C$12.35bn.",
    ),
    (
        [(D09, "US$6.93bn", 1), (D03, "US$6.93 billion", 1)],
        "The same price in both reports of the deal.",
    ),
    (
        [(D09, "US$9bn", 2), (D09, "US$5.2bn", 1)],
        "9 / 5.2 = 1.73: 'about 1.7 times trailing EBITDA' checks out.",
    ),
    (
        [(D09, "US$6.93bn", 2), (D09, "US$22.5bn", 1)],
        "6.93 / 22.5 = 0.31: 'less than a third' of the earlier whole-company offer is right; different "
        "deals for different entities.",
    ),
    # --- 04 / 05 BHP and Anglo American
    (
        [(D04, "£38.6bn", 1), (D04, "$49.2bn", 1)],
        "At the ECB rate for 2024-05-23 (0.785 £ per $) £38.6bn is $49.2bn.",
    ),
    (
        [(D04, "$6.6bn", 1), (D04, "$927m", 1)],
        "Underlying attributable profit against attributable profit after charges for the same half; the "
        "text explains the difference.",
    ),
    (
        [(D04, "$13.4bn", 1), (D04, "$6.6bn", 1)],
        "13.4 / 6.6 = 2.03: the full-year figure is 'roughly double' the half-year one (different periods).",
    ),
    (
        [(D04, "£31.1bn", 1), (D04, "£34bn", 1), (D04, "£38.6bn", 1)],
        "Three successive proposals for Anglo, each richer than the last; not conflicting values.",
    ),
    (
        [(D05, "£38.6bn", 1), (D05, "£31.1bn", 1)],
        "38.6 / 31.1 = 1.24: the final proposal is 'roughly 24% more than the first'.",
    ),
    (
        [(D05, "£34bn", 1), (D05, "$43bn", 1)],
        "Undated explainer: at 2020-2026 rates (about 1.2-1.35 $ per £) £34bn is $41-46bn; $43bn is fine.",
    ),
    (
        [(D05, "R171bn", 1), (D05, "$9.3bn", 1)],
        "Undated explainer: at 17-19 rand per dollar, the 2024 range, R171bn is $9.0-10.1bn.",
    ),
    (
        [(D05, "$6.1bn", 1), (D05, "$30.7bn", 1)],
        "The copper unit's revenue is part of Anglo's group revenue; division versus group.",
    ),
    ([(D05, "$9.96bn", 1), (D05, "$14.2bn", 1)], "9.96 / 14.2 = 0.70: down 30%, as stated."),
    # --- 06 Aramco / Rongsheng (Chinese)
    (
        [(D06, "246亿元人民币", 1), (D06, "36亿美元", 1)],
        "At the ECB rate for 2023-03-28 (6.877 yuan per dollar) 246亿元 is 35.8亿美元, about 36亿美元.",
    ),
    (
        [(D06, "246亿元人民币", 1), (D06, "2460亿元", 1)],
        "10% for 246亿元 values Rongsheng at 2460亿元.",
    ),
    (
        [(D06, "24.3元", 1), (D06, "246亿元人民币", 1)],
        "24.3元 per share times 10.13亿 shares is 246.2亿元.",
    ),
    (
        [(D06, "24.3元", 1), (D06, "12.9元", 1)],
        "24.3 / 12.9 = 1.88: a premium of about 88%, as stated.",
    ),
    ([(D06, "1611亿美元", 1), (D06, "1100亿美元", 1)], "1611 / 1100 = 1.465: up 46.5%."),
    (
        [(D06, "837亿元", 1), (D06, "122亿美元", 1)],
        "At 6.877 yuan per dollar 837亿元 is 121.7亿美元.",
    ),
    (
        [(D06, "120万元", 1), (D06, "2891亿元", 1), (D06, "33.4亿元", 1)],
        "A fine, annual revenue and annual net profit of the same company: different measures.",
    ),
    (
        [(D06, "1611亿美元", 1), (D18, "$161.1bn", 1)],
        "Aramco's 2022 net profit is the same in the Chinese story (1611亿美元) and in the English roundup.",
    ),
    # --- 07 Emirates (AED is pegged; conversions at the stated fixed rate)
    (
        [
            (D07, "AED 18.7 billion", 1),
            (D07, "US$ 5.1 billion", 1),
            (D07, "AED 137.3 billion", 1),
            (D07, "US$ 37.4 billion", 1),
        ],
        "At the fixed AED 3.6725 per US$ stated in the release, AED 18.7bn = US$5.09bn and AED 137.3bn = "
        "US$37.39bn.",
    ),
    (
        [
            (D07, "AED 47.1 billion", 1),
            (D07, "US$ 12.8 billion", 1),
            (D07, "AED 3.6725", 1),
            (D07, "US$ 1", 1),
        ],
        "AED 47.1bn / 3.6725 = US$12.83bn at the stated peg; the peg itself is an exchange-rate level.",
    ),
    (
        [(D07, "AED 18.7 billion", 1), (D07, "AED 10.9 billion", 1)],
        "18.7 / 10.9 = 1.716: a 71% increase, as stated.",
    ),
    (
        [(D07, "AED 137.3 billion", 1), (D07, "AED 119.8 billion", 1)],
        "137.3 / 119.8 = 1.146: up 15%.",
    ),
    (
        [(D07, "AED 18.7 billion", 2), (D07, "AED 17.2 billion", 1), (D07, "AED 1.5 billion", 1)],
        "17.2 + 1.5 = 18.7: the airline and dnata add up to the Group result.",
    ),
    # --- 08 / 12 Qantas
    (
        [(D08, "$2.47 billion", 1), (D08, "$1.74 billion", 1)],
        "Underlying profit before tax against statutory profit after tax for the same year.",
    ),
    (
        [(D08, "$500 million", 1), (D08, "$1.5 billion", 1)],
        "The new buyback is part of the cumulative $1.5 billion returned since February.",
    ),
    ([(D08, "$476 million", 1), (D08, "$282 million", 1)], "476 / 282 = 1.69: up 69 per cent."),
    ([(D08, "$220", 1)], "An average one-way fare per ticket, not a missing-scale total."),
    (
        [(D12, "A$120 million", 1), (D12, "A$100 million", 1), (D12, "A$20 million", 1)],
        "100 + 20 = 120: penalty plus refunds.",
    ),
    (
        [(D12, "A$100 million", 1), (D12, "A$20 billion", 1)],
        "A penalty against annual revenue: different measures.",
    ),
    (
        [(D12, "A$20 billion", 1), (D08, "$19.8 billion", 1)],
        "'Almost A$20 billion' of annual revenue agrees with the FY23 revenue of $19.8 billion.",
    ),
    # --- 10 / 11 Manchester United
    (
        [(D10, "$1.3bn", 1), (D10, "£1bn", 1)],
        "At the ECB rate for 2023-12-26 (0.785 £ per $) $1.3bn is £1.02bn.",
    ),
    ([(D10, "$300m", 1), (D10, "£236m", 1)], "At 0.785 £ per $, $300m is £235.5m."),
    ([(D10, "$300m", 1), (D10, "$200m", 1), (D10, "$100m", 1)], "200 + 100 = 300."),
    (
        [(D10, "$1.3bn", 1), (D10, "$5.3bn", 1)],
        "$1.3bn for 25% implies $5.2bn; 'roughly $5.3bn' is within 2%.",
    ),
    ([(D10, "$33", 1), (D10, "$19.20", 1)], "33 / 19.20 = 1.72: a premium of about 72%."),
    (
        [(D10, "£5bn", 1), (D10, "$5.3bn", 1), (D10, "$1.3bn", 1)],
        "The rival's withdrawn bid for 100% of the club against the valuation implied by the accepted "
        "25% deal: bid versus deal.",
    ),
    ([(D11, "£678", 1), (D11, "£35.70", 1)], "678 / 19 league games = £35.68 a match."),
    (
        [(D11, "£1,850", 1), (D11, "£678", 1), (D11, "£247", 1)],
        "2 x 678 + 2 x 247 = 1,850 for two adult and two junior season tickets.",
    ),
    ([(D11, "£66", 1), (D11, "$83", 1)], "Undated piece: at about 1.26 $ per £ (2024) £66 is $83."),
    (
        [(D11, "£5.30", 1), (D11, "£4.20", 1), (D11, "£4", 1), (D11, "£15", 1)],
        "Per-item prices (a pint, a pie, a programme, parking), not missing-scale amounts.",
    ),
    # --- 13 HDFC Bank
    (
        [(D13, "Rs 16,175 crore", 1), (D13, "$1.93 billion", 1)],
        "At the ECB rate for 2024-07-22 (83.66 rupees per dollar) Rs 16,175 crore is $1.93 billion.",
    ),
    (
        [(D13, "Rs 16,175 crore", 1), (D13, "Rs 11,952 crore", 1)],
        "16,175 / 11,952 = 1.353: up 35.3%.",
    ),
    (
        [(D13, "Rs 29,837 crore", 1), (D13, "Rs 23,599 crore", 1)],
        "29,837 / 23,599 = 1.264: up 26%.",
    ),
    (
        [(D13, "₹2,050", 1), (D13, "₹1,616", 1)],
        "2,050 / 1,616 = 1.27: 27% upside to the target price.",
    ),
    # --- 14 Tesco
    (
        [(D14, "£61.5bn", 1), (D14, "€72bn", 1)],
        "At the ECB rate for 2024-04-10 (1.169 € per £) £61.5bn is €71.9bn.",
    ),
    (
        [(D14, "£61.5bn", 1), (D14, "£55.7bn", 1), (D14, "£4.6bn", 1), (D14, "£1.2bn", 1)],
        "55.7 + 4.6 + 1.2 = 61.5.",
    ),
    (
        [(D14, "£61.5bn", 1), (D14, "£68.2bn", 1)],
        "Group sales excluding fuel against Group revenue including fuel; the text says which is which.",
    ),
    (
        [(D14, "£2,289m", 1), (D14, "£1,004m", 1)],
        "2,289 / 1,004 = 2.28: an increase of 128%, and 'more than doubled' is right.",
    ),
    (
        [(D14, "£2,751m", 1), (D14, "£2,289m", 1), (D14, "£1,764m", 1)],
        "Adjusted operating profit, statutory profit before tax and profit after tax for the same year: "
        "different measures.",
    ),
    (
        [(D14, "£2,258m", 1), (D14, "£2,130m", 1)],
        "'Respectively': retail free cash flow for two different years.",
    ),
    ([(D14, "£1bn", 2), (D14, "$1.27bn", 1)], "At 0.787 £ per $ (2024-04-10) £1bn is $1.27bn."),
    (
        [(D14, "£1bn", 1), (D14, "£1bn", 2)],
        "Two different buyback programmes (completed in 2023/24, planned for 2024/25) with the same size; "
        "not one figure attributed to two periods.",
    ),
    # --- 15 Dangote / fuel prices
    ([(D15, "₦1,030", 1), (D15, "₦617", 1)], "1,030 / 617 = 1.67: 'two-thirds more'."),
    ([(D15, "₦51,500", 1), (D15, "₦1,030", 1)], "50 litres at ₦1,030 a litre is ₦51,500."),
    (
        [(D15, "₦51,500", 1), (D15, "₦1,650", 1), (D15, "$31", 1)],
        "At the stated ₦1,650 per dollar, ₦51,500 is $31.2.",
    ),
    (
        [(D15, "48 US cents", 1), (D15, "$77", 1)],
        "A barrel is 159 litres: $77 / 159 = 48 US cents per litre of crude.",
    ),
    # --- 16 MTN
    (
        [(D16, "R207bn", 1), (D16, "$11.1bn", 1)],
        "At the ECB rate for 2024-03-13 (18.70 rand per dollar) R207bn is $11.07bn.",
    ),
    (
        [(D16, "475 South African cents", 1), (D16, "896 cents", 1)],
        "475 / 896 = 0.53: a fall of 47%.",
    ),
    (
        [(D16, "₦137 billion", 1), (D16, "₦348.7 billion", 1)],
        "A 2023 loss against a 2022 profit: different periods and measures.",
    ),
    # --- 17 Shoprite
    (
        [(D17, "R240.7bn", 1), (D17, "R216.5bn", 1)],
        "240.7 / 216.5 = 1.112: up 11.2% (the prior-year figure is in a later paragraph).",
    ),
    ([(D17, "R0.9bn", 1), (D17, "R1.4bn", 1)], "0.9 / 1.4 = 0.643: a 36% drop."),
    (
        [(D17, "R13.2bn", 1), (D17, "R240.7bn", 1)],
        "The delivery app's sales are 5.5% of group sales: 'more than a twentieth' is right; division "
        "versus group.",
    ),
    # --- 18 roundup
    (
        [(D18, "£3.2bn", 1), (D18, "₹35,400 crore", 1)],
        "At the ECB cross rate for 2024-08-30 (110.5 rupees per pound) £3.2bn is ₹35,360 crore.",
    ),
    (
        [(D18, "₹1.08 lakh crore", 1), (D18, "Rs 1,08,048 crore", 1)],
        "The same revenue written two ways: ₹1.08 lakh crore is Rs 1,08,048 crore rounded.",
    ),
    (
        [(D18, "SAR 42.3bn", 1), (D18, "$11.3bn", 1), (D18, "SAR 3.75", 1)],
        "At the stated fixed SAR 3.75 per dollar, SAR 42.3bn is $11.28bn.",
    ),
    (
        [(D18, "SAR 42.3bn", 1), (D18, "SAR 6.6 trillion", 1)],
        "SAR 42.3bn for 0.64% implies SAR 6.6 trillion for the whole company.",
    ),
    ([(D18, "$1.4bn", 1), (D18, "$19bn", 1)], "7.2% of $19bn is $1.37bn."),
    ([(D18, "R$5.61", 1)], "An exchange-rate level (reais per dollar), not an amount."),
    (
        [(D18, "A$50bn", 1), (D18, "US$34bn", 1)],
        "At the ECB rate for 2024-08-30 (1.470 A$ per US$) A$50bn is US$34.0bn.",
    ),
    (
        [(D18, "€6.1bn", 1), (D18, "C$9.1bn", 1)],
        "At the ECB cross rate for 2024-08-30 (1.494 C$ per €) €6.1bn is C$9.11bn.",
    ),
    (
        [(D18, "$14.9bn", 1), (D18, "¥2.2 trillion", 1)],
        "At the ECB rate for 2024-08-30 (145.4 yen per dollar) $14.9bn is ¥2.17 trillion.",
    ),
    # --- 19 AB InBev
    (
        [(D19, "€0.82", 1), (D19, "89 US cents", 1)],
        "At the ECB rate for 2024-02-29 (0.924 € per $) €0.82 is 88.8 US cents.",
    ),
    ([(D19, "€0.82", 1), (D19, "€0.75", 1)], "0.82 / 0.75 = 1.093: up 9.3%."),
    (
        [(D19, "$67.6bn", 1), (D19, "$19.98bn", 1)],
        "67.6 / 19.98 = 3.38: 'about 3.4 times' normalised EBITDA.",
    ),
    (
        [(D19, "$6.2bn", 1), (D19, "$5.3bn", 1)],
        "Underlying profit against reported profit attributable to shareholders; the text explains the gap.",
    ),
    (
        [(D19, "$5.3bn", 1), (D19, "$5.3bn", 2)],
        "The same number for two different companies (AB InBev's reported profit, Heineken's operating profit).",
    ),
    # --- 20 Vale / Samarco
    (
        [(D20, "R$170 billion", 2), (D20, "$30 billion", 1)],
        "At the ECB rate for 2024-10-25 (5.674 reais per dollar) R$170 billion is $29.96 billion.",
    ),
    (
        [(D20, "R$100 billion", 2), (D20, "$17.6 billion", 1)],
        "At 5.674 reais per dollar R$100 billion is $17.6 billion.",
    ),
]
