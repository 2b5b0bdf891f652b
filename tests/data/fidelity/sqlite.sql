-- Hostile values a SQLite CRM file really holds, one per row (the row's other columns are NULL).
-- SQLite keeps any value in any column: text in integer columns, reals in integer columns.
INSERT INTO {T} (id, c_int) VALUES (111, 0), (114, 'twelve'), (115, 1.5);
INSERT INTO {T} (id, c_big) VALUES (121, -9223372036854775808), (122, 9223372036854775807);
INSERT INTO {T} (id, c_bool) VALUES (161, 1), (162, 0), (163, 2), (165, 'yes');
INSERT INTO {T} (id, c_dec) VALUES (171, '99999999999999.9999'), (173, 0.0001), (174, 12.5);
INSERT INTO {T} (id, c_num) VALUES (181, '123456789012345678901234567890.123456789'), (184, '0832');
INSERT INTO {T} (id, c_dbl) VALUES (192, 9e999), (193, -9e999), (194, -0.0), (197, 0.1);
INSERT INTO {T} (id, c_vc) VALUES (221, ' lead'), (222, 'trail '), (223, CAST(X'EFBBBF626F6D' AS TEXT)), (224, CAST(X'EFBFBE' AS TEXT)), (225, 'NULL'), (226, ''), (227, '😀👍🏽');
INSERT INTO {T} (id, c_text) VALUES (232, CAST(X'610062' AS TEXT)), (236, CAST(X'C328' AS TEXT)), (237, X'CAFE');
INSERT INTO {T} (id, c_date) VALUES (297, '2024-02-29'), (299, '2024-13-45'), (290, '');
INSERT INTO {T} (id, c_ts) VALUES (314, '2024-03-10 02:30:00.123456'), (318, '2024-03-10T02:30:00'), (319, 1700000000);
INSERT INTO {T} (id, c_bin) VALUES (321, X'00FF00'), (322, X'');
