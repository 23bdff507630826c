using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsultationDayReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ProposedAt",
                table: "consultation_session_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposedByPersonId",
                table: "consultation_session_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MatterId",
                table: "consultation_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PriorityFromBookingId",
                table: "consultation_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RatedAt",
                table: "consultation_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rating",
                table: "consultation_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingComment",
                table: "consultation_bookings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RepeatOfMatterId",
                table: "consultation_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consultation_booking_drafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    SessionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_booking_drafts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_consultation_booking_drafts_ChannelId_UserId_SessionDate",
                table: "consultation_booking_drafts",
                columns: new[] { "ChannelId", "UserId", "SessionDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consultation_booking_drafts");

            migrationBuilder.DropColumn(
                name: "ProposedAt",
                table: "consultation_session_plans");

            migrationBuilder.DropColumn(
                name: "ProposedByPersonId",
                table: "consultation_session_plans");

            migrationBuilder.DropColumn(
                name: "MatterId",
                table: "consultation_bookings");

            migrationBuilder.DropColumn(
                name: "PriorityFromBookingId",
                table: "consultation_bookings");

            migrationBuilder.DropColumn(
                name: "RatedAt",
                table: "consultation_bookings");

            migrationBuilder.DropColumn(
                name: "Rating",
                table: "consultation_bookings");

            migrationBuilder.DropColumn(
                name: "RatingComment",
                table: "consultation_bookings");

            migrationBuilder.DropColumn(
                name: "RepeatOfMatterId",
                table: "consultation_bookings");
        }
    }
}
