using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directline_conversations",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directline_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directline_activities",
                columns: table => new
                {
                    conversation_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    activity_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directline_activities", x => new { x.conversation_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_directline_activities_directline_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "directline_conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directline_activities");

            migrationBuilder.DropTable(
                name: "directline_conversations");
        }
    }
}
