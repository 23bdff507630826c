using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UndeliveredReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "replies_due_at",
                table: "processed_activities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "undelivered_replies",
                table: "processed_activities",
                type: "TEXT",
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
