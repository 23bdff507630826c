using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UndeliveredReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "replies_due_at",
                table: "processed_activities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "undelivered_replies",
                table: "processed_activities",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_processed_activities_replies_due_at",
                table: "processed_activities",
                column: "replies_due_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_processed_activities_replies_due_at",
                table: "processed_activities");

            migrationBuilder.DropColumn(
                name: "replies_due_at",
                table: "processed_activities");

            migrationBuilder.DropColumn(
                name: "undelivered_replies",
                table: "processed_activities");
        }
    }
}
