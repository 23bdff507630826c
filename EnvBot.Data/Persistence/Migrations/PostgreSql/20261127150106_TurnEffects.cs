using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TurnEffects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "turn_effects",
                columns: table => new
                {
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    conversation_id = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_turn_effects", x => new { x.channel_id, x.conversation_id, x.activity_id, x.kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_turn_effects_created_at",
                table: "turn_effects",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "turn_effects");
        }
    }
}
