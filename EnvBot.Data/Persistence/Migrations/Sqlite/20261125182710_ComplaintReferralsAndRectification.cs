using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Suggestion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
