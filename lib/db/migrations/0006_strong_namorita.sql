CREATE TABLE "redeemed_form_stamps" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "bookings_email_created" ON "bookings" USING btree (lower("email"),"created_at");--> statement-breakpoint
CREATE INDEX "outbox_to_created" ON "outbox" USING btree (lower("to_address"),"created_at");