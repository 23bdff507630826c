using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttachmentsEnforcement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HandOverReason",
                table: "rectification_items",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HandedOverAt",
                table: "rectification_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandedOverBy",
                table: "rectification_items",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RectificationItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachments_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_attachments_ledger_matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "ledger_matters",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_attachments_rectification_items_RectificationItemId",
                        column: x => x.RectificationItemId,
                        principalTable: "rectification_items",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "rectification_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RectificationItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rectification_events_rectification_items_RectificationItemId",
                        column: x => x.RectificationItemId,
                        principalTable: "rectification_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_EnterpriseId",
                table: "attachments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_MatterId",
                table: "attachments",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_RectificationItemId",
                table: "attachments",
                column: "RectificationItemId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_events_RectificationItemId",
                table: "rectification_events",
                column: "RectificationItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "rectification_events");

            migrationBuilder.DropColumn(
                name: "HandOverReason",
                table: "rectification_items");

            migrationBuilder.DropColumn(
                name: "HandedOverAt",
                table: "rectification_items");

            migrationBuilder.DropColumn(
                name: "HandedOverBy",
                table: "rectification_items");
        }
    }
}
