using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ComplaintReferralsAndRectification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaint_referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    EnterpriseContactId = table.Column<int>(type: "integer", nullable: true),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaint_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_complaint_referrals_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "rectification_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MatterId = table.Column<int>(type: "integer", nullable: false),
                    Finding = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Suggestion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByPersonId = table.Column<int>(type: "integer", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rectification_items_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rectification_items_ledger_matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "ledger_matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rectification_items_people_RecordedByPersonId",
                        column: x => x.RecordedByPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaint_referrals_At",
                table: "complaint_referrals",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_complaint_referrals_EnterpriseId",
                table: "complaint_referrals",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_EnterpriseId",
                table: "rectification_items",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_MatterId",
                table: "rectification_items",
                column: "MatterId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_RecordedByPersonId",
                table: "rectification_items",
                column: "RecordedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_State_Deadline",
                table: "rectification_items",
                columns: new[] { "State", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_referrals");

            migrationBuilder.DropTable(
                name: "rectification_items");
        }
    }
}
