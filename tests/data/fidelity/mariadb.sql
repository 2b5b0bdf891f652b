-- Hostile values a MariaDB CRM really holds, one per row (the row's other columns are NULL).
-- {T} is the table; ids group the values by column. Zero dates need a session without NO_ZERO_DATE.
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION';
INSERT INTO {T} (id, c_small) VALUES (101, -32768), (102, 32767);
INSERT INTO {T} (id, c_int) VALUES (111, 0), (112, -2147483648), (113, 2147483647);
INSERT INTO {T} (id, c_big) VALUES (121, -9223372036854775808), (122, 9223372036854775807);
INSERT INTO {T} (id, c_ubig) VALUES (131, 18446744073709551615), (132, 0), (133, 9223372036854775808);
INSERT INTO {T} (id, c_tiny) VALUES (141, -128), (142, 127);
INSERT INTO {T} (id, c_year) VALUES (151, 1901), (152, 2155), (153, 0);
INSERT INTO {T} (id, c_bool) VALUES (161, 1), (162, 0), (163, 5), (164, -1);
INSERT INTO {T} (id, c_dec) VALUES (171, 99999999999999.9999), (172, -99999999999999.9999), (173, 0.0001), (174, 12.5);
INSERT INTO {T} (id, c_num) VALUES (181, 12345678901234567890123456789012345.123456789012345678901234567891), (184, -5);
INSERT INTO {T} (id, c_dbl) VALUES (194, -0e0), (195, 1.7976931348623157e308), (196, 5e-324), (197, 0.1);
INSERT INTO {T} (id, c_real) VALUES (201, 3.4028234e38), (202, -0e0), (203, 1.17549435e-38);
INSERT INTO {T} (id, c_char) VALUES (211, 'ab'), (212, ''), (213, 'ÆØÅ');
INSERT INTO {T} (id, c_vc) VALUES (221, ' lead'), (222, 'trail '), (223, CONCAT(_utf8mb4 0xEFBBBF, 'bom')), (224, _utf8mb4 0xEFBFBE), (225, 'NULL'), (226, ''), (227, '😀👍🏽'), (228, 'tab\there'), (229, 'cr\rlf\n'), (230, 'back\\slash''q"');
INSERT INTO {T} (id, c_text) VALUES (231, REPEAT('Ærø ヘ付 😀 ', 3000)), (232, CONCAT('a', CHAR(0), 'b')), (233, CONCAT('e', _utf8mb4 0xCC81)), (234, ' ');
INSERT INTO {T} (id, c_enum) VALUES (241, 'a'), (242, '');
INSERT INTO {T} (id, c_uuid) VALUES (261, '00000000-0000-0000-0000-000000000000');
INSERT INTO {T} (id, c_json) VALUES (281, '{"b":1,"a":[1,2,{"c":"é"}]}'), (282, 'null');
INSERT INTO {T} (id, c_date) VALUES (291, '0000-00-00'), (292, '2024-00-00'), (295, '9999-12-31'), (297, '2024-02-29'), (298, '1000-01-01');
INSERT INTO {T} (id, c_time) VALUES (301, '00:00:00'), (302, '23:59:59.999999'), (305, '838:59:59'), (306, '-838:59:59'), (307, '-00:00:01');
INSERT INTO {T} (id, c_ts) VALUES (311, '0000-00-00 00:00:00'), (314, '2024-03-10 02:30:00.123456'), (316, '9999-12-31 23:59:59.999999'), (317, '1000-01-01 00:00:00');
INSERT INTO {T} (id, c_bin) VALUES (321, 0x00FF00), (322, ''), (323, 0xEFBBBF);
