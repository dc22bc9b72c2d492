CREATE TABLE "visit_type_settings" (
	"visit_type" text PRIMARY KEY NOT NULL,
	"slot_minutes" integer NOT NULL,
	CONSTRAINT "visit_type_settings_slot_minutes" CHECK ("visit_type_settings"."slot_minutes" between 10 and 240)
);
