ALTER TABLE "outbox" ADD COLUMN "lease_token" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "retry_since" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "outbox" SET "retry_since" = "created_at";--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
-- No two confirmed bookings of one clinician may overlap in time (a 45-minute visit at 10:00 and a
-- 30-minute call at 10:30). Hand-written: drizzle cannot express exclusion constraints.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist ("clinician_id" WITH =, tstzrange("start_at", "end_at") WITH &&) WHERE ("status" = 'confirmed');
