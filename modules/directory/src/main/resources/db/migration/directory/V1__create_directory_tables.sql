-- 共享基础数据 — the reference data every module shares. Owned by the directory module.
-- Portable SQL: runs on MySQL 8.4, MariaDB 10.11 and H2 in MySQL mode.

-- Partner regions (对口地区) and, below them, the finer places the notice names (parent_code set).
CREATE TABLE directory_region (
    code        VARCHAR(40)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(40),
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_directory_region PRIMARY KEY (code),
    CONSTRAINT uq_directory_region_name UNIQUE (name_zh),
    CONSTRAINT fk_directory_region_parent FOREIGN KEY (parent_code) REFERENCES directory_region (code)
);
CREATE INDEX ix_directory_region_parent ON directory_region (parent_code, sort_order);

-- The commission's offices (处室).
CREATE TABLE directory_office (
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(150) NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT pk_directory_office PRIMARY KEY (code),
    CONSTRAINT uq_directory_office_name UNIQUE (name_zh)
);

-- Other spellings of an office the notice uses (组干处 = 组织干部处, 办公室（信息办） = 委办公室（信息办）).
CREATE TABLE directory_office_alias (
    alias       VARCHAR(100) NOT NULL,
    office_code VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_directory_office_alias PRIMARY KEY (alias),
    CONSTRAINT fk_directory_office_alias_office FOREIGN KEY (office_code) REFERENCES directory_office (code)
);

-- Undertaking / implementing units (承办单位). Generic ones (相关高校) are kept as such.
CREATE TABLE directory_unit (
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(150) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    generic    BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_directory_unit PRIMARY KEY (code),
    CONSTRAINT uq_directory_unit_name UNIQUE (name_zh)
);

CREATE TABLE directory_unit_alias (
    alias     VARCHAR(150) NOT NULL,
    unit_code VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_directory_unit_alias PRIMARY KEY (alias),
    CONSTRAINT fk_directory_unit_alias_unit FOREIGN KEY (unit_code) REFERENCES directory_unit (code)
);

-- Schools the notice names, in Shanghai (host and partner schools) and in the partner regions.
-- A Shanghai school that undertakes tasks is also a unit (unit_code).
CREATE TABLE directory_school (
    code        VARCHAR(40)  NOT NULL,
    name_zh     VARCHAR(150) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    stage       VARCHAR(30)  NOT NULL,
    region_code VARCHAR(40),
    unit_code   VARCHAR(40),
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_directory_school PRIMARY KEY (code),
    CONSTRAINT uq_directory_school_name UNIQUE (name_zh),
    CONSTRAINT fk_directory_school_region FOREIGN KEY (region_code) REFERENCES directory_region (code),
    CONSTRAINT fk_directory_school_unit FOREIGN KEY (unit_code) REFERENCES directory_unit (code)
);
