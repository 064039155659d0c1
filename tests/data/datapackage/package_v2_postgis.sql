CREATE SCHEMA "zz_v2_package";
CREATE FUNCTION "zz_v2_package"."zz_area_m2"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."area_m2" := coalesce("__postgis__".ST_Area(NEW."geom"), 0);
  RETURN NEW;
END $$;
CREATE FUNCTION "zz_v2_package"."zz_length_m"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."length_m" := coalesce("__postgis__".ST_Length(NEW."geom"), 0);
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION "zz_v2_package".zz_stamps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.created_at := now();
    NEW.created_by := session_user::text;
  ELSIF NEW.created_at IS DISTINCT FROM OLD.created_at
        OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = format('%s: created_at and created_by are set by the database when a row is '
                       'added and cannot be changed', TG_TABLE_NAME);
  END IF;
  NEW.modified_at := now();
  NEW.modified_by := session_user::text;
  RETURN NEW;
END $$;
CREATE FUNCTION "zz_v2_package".zz_measure_kind() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  allowed boolean;
BEGIN
  EXECUTE format('SELECT %I FROM %I.measure_types WHERE code = $1',
                 'allows_' || TG_ARGV[0], TG_TABLE_SCHEMA)
    INTO allowed USING NEW.measure_type;
  IF allowed IS FALSE THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = format('%s.measure_type: the measure type %L cannot be drawn as a %s '
                       '(measure_types.allows_%s)', TG_TABLE_NAME, NEW.measure_type,
                       TG_ARGV[0], TG_ARGV[0]);
  END IF;
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION "zz_v2_package"."zz_measures_area_no_duplicate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  other integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."measure_type" IS NOT DISTINCT FROM OLD."measure_type"
     AND NEW."geom"::text = OLD."geom"::text THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('zz_v2_package.measures_area'), hashtext(NEW."measure_type"::text));
  SELECT o."fid" INTO other FROM "zz_v2_package"."measures_area" o
   WHERE o."measure_type" = NEW."measure_type" AND o."fid" <> NEW."fid"
     AND o."geom" OPERATOR("__postgis__".&&) "__postgis__".ST_Expand(NEW."geom", 0.01)
     AND "__postgis__".ST_HausdorffDistance(o."geom", NEW."geom") <= 0.01
   LIMIT 1;
  IF other IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'unique_violation',
      MESSAGE = format('%s (%s %s)', 'measures_area: duplicate of a row with the same measure_type and the same geometry (within 0.01 m)', 'fid', other);
  END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION "zz_v2_package"."zz_measures_line_no_duplicate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  other integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."measure_type" IS NOT DISTINCT FROM OLD."measure_type"
     AND NEW."geom"::text = OLD."geom"::text THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('zz_v2_package.measures_line'), hashtext(NEW."measure_type"::text));
  SELECT o."fid" INTO other FROM "zz_v2_package"."measures_line" o
   WHERE o."measure_type" = NEW."measure_type" AND o."fid" <> NEW."fid"
     AND o."geom" OPERATOR("__postgis__".&&) "__postgis__".ST_Expand(NEW."geom", 0.01)
     AND "__postgis__".ST_HausdorffDistance(o."geom", NEW."geom") <= 0.01
   LIMIT 1;
  IF other IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'unique_violation',
      MESSAGE = format('%s (%s %s)', 'measures_line: duplicate of a row with the same measure_type and the same geometry (within 0.01 m)', 'fid', other);
  END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION "zz_v2_package"."zz_measures_point_no_duplicate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  other integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."measure_type" IS NOT DISTINCT FROM OLD."measure_type"
     AND NEW."geom"::text = OLD."geom"::text THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('zz_v2_package.measures_point'), hashtext(NEW."measure_type"::text));
  SELECT o."fid" INTO other FROM "zz_v2_package"."measures_point" o
   WHERE o."measure_type" = NEW."measure_type" AND o."fid" <> NEW."fid"
     AND o."geom" OPERATOR("__postgis__".&&) "__postgis__".ST_Expand(NEW."geom", 0.01)
     AND "__postgis__".ST_HausdorffDistance(o."geom", NEW."geom") <= 0.01
   LIMIT 1;
  IF other IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'unique_violation',
      MESSAGE = format('%s (%s %s)', 'measures_point: duplicate of a row with the same measure_type and the same geometry (within 0.01 m)', 'fid', other);
  END IF;
  RETURN NULL;
END $$;
CREATE TABLE "zz_v2_package"."zoemzone_package" (
  "id" integer PRIMARY KEY,
  "key" text NOT NULL CONSTRAINT "zoemzone_package_key_unique" UNIQUE,
  "value" text,
  CONSTRAINT "zoemzone_package_key_not_empty" CHECK (trim("key") <> '')
);
COMMENT ON TABLE "zz_v2_package"."zoemzone_package" IS 'Zoem Zone package';
CREATE TABLE "zz_v2_package"."partner_kinds" (
  "id" integer PRIMARY KEY,
  "code" text NOT NULL CONSTRAINT "partner_kinds_code_unique" UNIQUE,
  "name_nl" text NOT NULL,
  "name_en" text,
  CONSTRAINT "partner_kinds_code_not_empty" CHECK (trim("code") <> ''),
  CONSTRAINT "partner_kinds_name_nl_not_empty" CHECK (trim("name_nl") <> '')
);
COMMENT ON TABLE "zz_v2_package"."partner_kinds" IS 'Partner kinds';
CREATE TABLE "zz_v2_package"."statuses" (
  "id" integer PRIMARY KEY,
  "code" text NOT NULL CONSTRAINT "statuses_code_unique" UNIQUE,
  "name_nl" text NOT NULL,
  "name_en" text,
  CONSTRAINT "statuses_code_not_empty" CHECK (trim("code") <> ''),
  CONSTRAINT "statuses_name_nl_not_empty" CHECK (trim("name_nl") <> '')
);
COMMENT ON TABLE "zz_v2_package"."statuses" IS 'Statuses';
CREATE TABLE "zz_v2_package"."measure_types" (
  "id" integer PRIMARY KEY,
  "code" text NOT NULL CONSTRAINT "measure_types_code_unique" UNIQUE,
  "name_nl" text NOT NULL,
  "name_en" text,
  "allows_point" boolean NOT NULL DEFAULT FALSE,
  "allows_line" boolean NOT NULL DEFAULT FALSE,
  "allows_polygon" boolean NOT NULL DEFAULT FALSE,
  "width_m" double precision,
  CONSTRAINT "measure_types_code_not_empty" CHECK (trim("code") <> ''),
  CONSTRAINT "measure_types_name_nl_not_empty" CHECK (trim("name_nl") <> ''),
  CONSTRAINT "measure_types_width_m_positive" CHECK ("width_m" > 0)
);
COMMENT ON TABLE "zz_v2_package"."measure_types" IS 'Measure types';
CREATE TABLE "zz_v2_package"."partners" (
  "id" serial PRIMARY KEY,
  "name" text NOT NULL CONSTRAINT "partners_name_unique" UNIQUE,
  "kind" text NOT NULL,
  "contact" text,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "partners_name_not_empty" CHECK (trim("name") <> ''),
  CONSTRAINT "partners_kind_fkey" FOREIGN KEY ("kind") REFERENCES "zz_v2_package"."partner_kinds" ("code")
);
COMMENT ON TABLE "zz_v2_package"."partners" IS 'Partners';
CREATE TRIGGER "partners_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."partners" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE INDEX "partners_kind_idx" ON "zz_v2_package"."partners" ("kind");
CREATE TABLE "zz_v2_package"."measures_area" (
  "fid" serial PRIMARY KEY,
  "geom" "__postgis__".geometry(MultiPolygon, 28992) NOT NULL,
  "measure_type" text NOT NULL,
  "partner_id" integer,
  "status" text NOT NULL DEFAULT 'idee',
  "start_date" date,
  "end_date" date,
  "area_m2" double precision,
  "fund_applied" boolean DEFAULT FALSE,
  "fund_amount_eur" double precision,
  "notes" text,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "measures_area_end_date_not_before_start_date" CHECK ("end_date" >= "start_date"),
  CONSTRAINT "measures_area_area_m2_positive" CHECK ("area_m2" > 0),
  CONSTRAINT "measures_area_fund_amount_eur_minimum" CHECK ("fund_amount_eur" >= 0),
  CONSTRAINT "measures_area_measure_type_fkey" FOREIGN KEY ("measure_type") REFERENCES "zz_v2_package"."measure_types" ("code"),
  CONSTRAINT "measures_area_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "zz_v2_package"."partners" ("id"),
  CONSTRAINT "measures_area_status_fkey" FOREIGN KEY ("status") REFERENCES "zz_v2_package"."statuses" ("code")
);
COMMENT ON TABLE "zz_v2_package"."measures_area" IS 'Measures (areas)';
CREATE TRIGGER "measures_area_area_m2" BEFORE INSERT OR UPDATE ON "zz_v2_package"."measures_area" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package"."zz_area_m2"();
CREATE TRIGGER "measures_area_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."measures_area" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE TRIGGER "measures_area_measure_kind" BEFORE INSERT OR UPDATE OF measure_type ON "zz_v2_package"."measures_area" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_measure_kind('polygon');
CREATE TRIGGER "measures_area_no_duplicate" AFTER INSERT OR UPDATE OF "geom", "measure_type" ON "zz_v2_package"."measures_area" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package"."zz_measures_area_no_duplicate"();
CREATE INDEX "measures_area_geom_idx" ON "zz_v2_package"."measures_area" USING gist ("geom");
CREATE INDEX "measures_area_measure_type_idx" ON "zz_v2_package"."measures_area" ("measure_type");
CREATE INDEX "measures_area_partner_id_idx" ON "zz_v2_package"."measures_area" ("partner_id");
CREATE INDEX "measures_area_status_idx" ON "zz_v2_package"."measures_area" ("status");
CREATE TABLE "zz_v2_package"."measures_line" (
  "fid" serial PRIMARY KEY,
  "geom" "__postgis__".geometry(MultiLineString, 28992) NOT NULL,
  "measure_type" text NOT NULL,
  "partner_id" integer,
  "status" text NOT NULL DEFAULT 'idee',
  "start_date" date,
  "end_date" date,
  "length_m" double precision,
  "fund_applied" boolean DEFAULT FALSE,
  "fund_amount_eur" double precision,
  "notes" text,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "measures_line_end_date_not_before_start_date" CHECK ("end_date" >= "start_date"),
  CONSTRAINT "measures_line_length_m_positive" CHECK ("length_m" > 0),
  CONSTRAINT "measures_line_fund_amount_eur_minimum" CHECK ("fund_amount_eur" >= 0),
  CONSTRAINT "measures_line_measure_type_fkey" FOREIGN KEY ("measure_type") REFERENCES "zz_v2_package"."measure_types" ("code"),
  CONSTRAINT "measures_line_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "zz_v2_package"."partners" ("id"),
  CONSTRAINT "measures_line_status_fkey" FOREIGN KEY ("status") REFERENCES "zz_v2_package"."statuses" ("code")
);
COMMENT ON TABLE "zz_v2_package"."measures_line" IS 'Measures (lines)';
CREATE TRIGGER "measures_line_length_m" BEFORE INSERT OR UPDATE ON "zz_v2_package"."measures_line" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package"."zz_length_m"();
CREATE TRIGGER "measures_line_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."measures_line" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE TRIGGER "measures_line_measure_kind" BEFORE INSERT OR UPDATE OF measure_type ON "zz_v2_package"."measures_line" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_measure_kind('line');
CREATE TRIGGER "measures_line_no_duplicate" AFTER INSERT OR UPDATE OF "geom", "measure_type" ON "zz_v2_package"."measures_line" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package"."zz_measures_line_no_duplicate"();
CREATE INDEX "measures_line_geom_idx" ON "zz_v2_package"."measures_line" USING gist ("geom");
CREATE INDEX "measures_line_measure_type_idx" ON "zz_v2_package"."measures_line" ("measure_type");
CREATE INDEX "measures_line_partner_id_idx" ON "zz_v2_package"."measures_line" ("partner_id");
CREATE INDEX "measures_line_status_idx" ON "zz_v2_package"."measures_line" ("status");
CREATE TABLE "zz_v2_package"."measures_point" (
  "fid" serial PRIMARY KEY,
  "geom" "__postgis__".geometry(Point, 28992) NOT NULL,
  "measure_type" text NOT NULL,
  "partner_id" integer,
  "status" text NOT NULL DEFAULT 'idee',
  "start_date" date,
  "end_date" date,
  "fund_applied" boolean DEFAULT FALSE,
  "fund_amount_eur" double precision,
  "notes" text,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "measures_point_end_date_not_before_start_date" CHECK ("end_date" >= "start_date"),
  CONSTRAINT "measures_point_fund_amount_eur_minimum" CHECK ("fund_amount_eur" >= 0),
  CONSTRAINT "measures_point_measure_type_fkey" FOREIGN KEY ("measure_type") REFERENCES "zz_v2_package"."measure_types" ("code"),
  CONSTRAINT "measures_point_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "zz_v2_package"."partners" ("id"),
  CONSTRAINT "measures_point_status_fkey" FOREIGN KEY ("status") REFERENCES "zz_v2_package"."statuses" ("code")
);
COMMENT ON TABLE "zz_v2_package"."measures_point" IS 'Measures (points)';
CREATE TRIGGER "measures_point_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."measures_point" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE TRIGGER "measures_point_measure_kind" BEFORE INSERT OR UPDATE OF measure_type ON "zz_v2_package"."measures_point" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_measure_kind('point');
CREATE TRIGGER "measures_point_no_duplicate" AFTER INSERT OR UPDATE OF "geom", "measure_type" ON "zz_v2_package"."measures_point" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package"."zz_measures_point_no_duplicate"();
CREATE INDEX "measures_point_geom_idx" ON "zz_v2_package"."measures_point" USING gist ("geom");
CREATE INDEX "measures_point_measure_type_idx" ON "zz_v2_package"."measures_point" ("measure_type");
CREATE INDEX "measures_point_partner_id_idx" ON "zz_v2_package"."measures_point" ("partner_id");
CREATE INDEX "measures_point_status_idx" ON "zz_v2_package"."measures_point" ("status");
CREATE TABLE "zz_v2_package"."habitats" (
  "fid" serial PRIMARY KEY,
  "geom" "__postgis__".geometry(MultiPolygon, 28992) NOT NULL,
  "habitat_type" text NOT NULL,
  "partner_id" integer,
  "area_m2" double precision,
  "notes" text,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "habitats_habitat_type_not_empty" CHECK (trim("habitat_type") <> ''),
  CONSTRAINT "habitats_area_m2_positive" CHECK ("area_m2" > 0),
  CONSTRAINT "habitats_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "zz_v2_package"."partners" ("id")
);
COMMENT ON TABLE "zz_v2_package"."habitats" IS 'Existing habitat';
CREATE TRIGGER "habitats_area_m2" BEFORE INSERT OR UPDATE ON "zz_v2_package"."habitats" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package"."zz_area_m2"();
CREATE TRIGGER "habitats_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."habitats" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE INDEX "habitats_geom_idx" ON "zz_v2_package"."habitats" USING gist ("geom");
CREATE INDEX "habitats_partner_id_idx" ON "zz_v2_package"."habitats" ("partner_id");
CREATE TABLE "zz_v2_package"."observations" (
  "fid" serial PRIMARY KEY,
  "geom" "__postgis__".geometry(Point, 28992) NOT NULL,
  "species" text NOT NULL,
  "observation_date" date NOT NULL,
  "individual_count" integer,
  "source" text,
  "coordinate_uncertainty_m" double precision,
  "notes" text,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "observations_species_not_empty" CHECK (trim("species") <> ''),
  CONSTRAINT "observations_individual_count_minimum" CHECK ("individual_count" >= 0),
  CONSTRAINT "observations_coordinate_uncertainty_m_minimum" CHECK ("coordinate_uncertainty_m" >= 0)
);
COMMENT ON TABLE "zz_v2_package"."observations" IS 'Observations';
CREATE TRIGGER "observations_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."observations" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE INDEX "observations_geom_idx" ON "zz_v2_package"."observations" USING gist ("geom");
CREATE TABLE "zz_v2_package"."study_areas" (
  "fid" serial PRIMARY KEY,
  "geom" "__postgis__".geometry(MultiPolygon, 28992) NOT NULL,
  "name" text NOT NULL,
  "cbs_code" text CONSTRAINT "study_areas_cbs_code_unique" UNIQUE,
  "created_by" text,
  "created_at" timestamp with time zone DEFAULT now(),
  "modified_by" text,
  "modified_at" timestamp with time zone DEFAULT now(),
  CONSTRAINT "study_areas_name_not_empty" CHECK (trim("name") <> ''),
  CONSTRAINT "study_areas_cbs_code_pattern" CHECK ("cbs_code" ~ '^GM[0-9]{4}$')
);
COMMENT ON TABLE "zz_v2_package"."study_areas" IS 'Study areas';
CREATE TRIGGER "study_areas_stamps" BEFORE INSERT OR UPDATE ON "zz_v2_package"."study_areas" FOR EACH ROW EXECUTE FUNCTION "zz_v2_package".zz_stamps();
CREATE INDEX "study_areas_geom_idx" ON "zz_v2_package"."study_areas" USING gist ("geom");
INSERT INTO "zz_v2_package"."zoemzone_package" ("id", "key", "value") VALUES (1, 'schema_version', '2');
INSERT INTO "zz_v2_package"."zoemzone_package" ("id", "key", "value") VALUES (2, 'srid', '28992');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (1, 'gemeente', 'gemeente', 'municipality');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (2, 'provincie', 'provincie', 'province');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (3, 'natuurorganisatie', 'natuurorganisatie', 'nature organisation');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (4, 'agrariër', 'agrariër', 'farmer');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (5, 'bedrijf', 'bedrijf', 'company');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (6, 'kennisinstelling', 'kennisinstelling', 'knowledge institution');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (7, 'burgerinitiatief', 'burgerinitiatief', 'citizens'' initiative');
INSERT INTO "zz_v2_package"."partner_kinds" ("id", "code", "name_nl", "name_en") VALUES (8, 'school/stichting', 'school / stichting', 'school / foundation');
INSERT INTO "zz_v2_package"."statuses" ("id", "code", "name_nl", "name_en") VALUES (1, 'idee', 'idee', 'idea');
INSERT INTO "zz_v2_package"."statuses" ("id", "code", "name_nl", "name_en") VALUES (2, 'gepland', 'gepland', 'planned');
INSERT INTO "zz_v2_package"."statuses" ("id", "code", "name_nl", "name_en") VALUES (3, 'in uitvoering', 'in uitvoering', 'in progress');
INSERT INTO "zz_v2_package"."statuses" ("id", "code", "name_nl", "name_en") VALUES (4, 'gerealiseerd', 'gerealiseerd', 'realised');
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (1, 'akkerrand', 'bloemrijke akkerrand', 'flower-rich field margin', FALSE, TRUE, TRUE, 6.0);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (2, 'bermbeheer', 'ecologisch bermbeheer (sinusbeheer)', 'ecological verge management (sinus mowing)', FALSE, TRUE, TRUE, 4.0);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (3, 'haag', 'haag / houtwal / struweel', 'hedge / wooded bank / scrub', FALSE, TRUE, TRUE, 3.0);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (4, 'kruidenrijkgrasland', 'bloemrijk / kruidenrijk grasland', 'flower-rich grassland', FALSE, FALSE, TRUE, NULL);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (5, 'nestplek', 'zandige open plek / steilwandje', 'bare sandy patch / small steep bank', TRUE, FALSE, TRUE, NULL);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (6, 'bijenhotel', 'bijenhotel / dood hout / stengels', 'bee hotel / dead wood / stems', TRUE, FALSE, FALSE, NULL);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (7, 'hoogstamboomgaard', 'hoogstamboomgaard', 'high-stem orchard', TRUE, FALSE, TRUE, NULL);
INSERT INTO "zz_v2_package"."measure_types" ("id", "code", "name_nl", "name_en", "allows_point", "allows_line", "allows_polygon", "width_m") VALUES (8, 'groendak', 'groen dak', 'green roof', FALSE, FALSE, TRUE, NULL);
