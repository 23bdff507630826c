using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
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
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    conversation_id = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
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
