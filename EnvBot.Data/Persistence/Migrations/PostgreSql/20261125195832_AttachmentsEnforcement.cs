using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.PostgreSql
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HandedOverAt",
                table: "rectification_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandedOverBy",
                table: "rectification_items",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    FileName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RectificationItemId = table.Column<int>(type: "integer", nullable: true),
                    MatterId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RectificationItemId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
