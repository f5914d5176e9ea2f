-- Shanghai host schools (承办学校) of the inland classes and the vocational enrolment programmes. The notice names
-- them only as 相关学校 / 相关中职校; these are the schools the enrolment programmes are planned with. A commission
-- registers further host schools through the directory. Each is a unit (it manages its own students) and a school.
INSERT INTO directory_unit (code, name_zh, name_en, kind, generic, sort_order) VALUES
    ('gongkang', '上海市共康中学', 'Shanghai Gongkang Middle School', 'SCHOOL', FALSE, 300),
    ('huimin', '上海市回民中学', 'Shanghai Huimin Middle School', 'SCHOOL', FALSE, 310),
    ('qunyi', '上海市群益职业技术学校', 'Shanghai Qunyi Vocational and Technical School', 'VOCATIONAL_SCHOOL', FALSE, 320),
    ('shangye', '上海市商业学校', 'Shanghai Commercial School', 'VOCATIONAL_SCHOOL', FALSE, 330),
    ('yiyao', '上海市医药学校', 'Shanghai Medical and Pharmaceutical School', 'VOCATIONAL_SCHOOL', FALSE, 340),
    ('chengke', '上海市城市科技学校', 'Shanghai Urban Science and Technology School', 'VOCATIONAL_SCHOOL', FALSE, 350);

INSERT INTO directory_school (code, name_zh, name_en, stage, region_code, unit_code, sort_order) VALUES
    ('gongkang', '上海市共康中学', 'Shanghai Gongkang Middle School', 'SECONDARY', NULL, 'gongkang', 300),
    ('huimin', '上海市回民中学', 'Shanghai Huimin Middle School', 'SECONDARY', NULL, 'huimin', 310),
    ('qunyi', '上海市群益职业技术学校', 'Shanghai Qunyi Vocational and Technical School', 'SECONDARY_VOCATIONAL', NULL, 'qunyi', 320),
    ('shangye', '上海市商业学校', 'Shanghai Commercial School', 'SECONDARY_VOCATIONAL', NULL, 'shangye', 330),
    ('yiyao', '上海市医药学校', 'Shanghai Medical and Pharmaceutical School', 'SECONDARY_VOCATIONAL', NULL, 'yiyao', 340),
    ('chengke', '上海市城市科技学校', 'Shanghai Urban Science and Technology School', 'SECONDARY_VOCATIONAL', NULL, 'chengke', 350);

-- Places students come from that the notice does not name but the enrolment programmes recruit in.
INSERT INTO directory_region (code, name_zh, name_en, kind, parent_code, sort_order) VALUES
    ('lhasa', '拉萨', 'Lhasa', 'CITY', 'xizang', 30),
    ('dali', '大理州', 'Dali Prefecture', 'CITY', 'yunnan', 30),
    ('baoshan', '保山', 'Baoshan', 'CITY', 'yunnan', 40);
