using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ledger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ledger_matters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BureauId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssigneePersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RequesterChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RequesterConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    RequesterUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_matters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ledger_matters_bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ledger_matters_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ledger_matters_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ledger_matters_people_AssigneePersonId",
                        column: x => x.AssigneePersonId,
                        principalTable: "people",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ledger_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Confidence = table.Column<double>(type: "REAL", nullable: true),
                    ActionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ledger_events_ledger_matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "ledger_matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ledger_events_people_ActorPersonId",
                        column: x => x.ActorPersonId,
                        principalTable: "people",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_events_ActorPersonId",
                table: "ledger_events",
                column: "ActorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_events_MatterId_ActionId",
                table: "ledger_events",
                columns: new[] { "MatterId", "ActionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_events_MatterId_Sequence",
                table: "ledger_events",
                columns: new[] { "MatterId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_matters_AssigneePersonId",
                table: "ledger_matters",
                column: "AssigneePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_matters_BureauId",
                table: "ledger_matters",
                column: "BureauId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_matters_DepartmentId",
                table: "ledger_matters",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_matters_EnterpriseId",
                table: "ledger_matters",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_matters_State_DueDate",
                table: "ledger_matters",
                columns: new[] { "State", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_events");

            migrationBuilder.DropTable(
                name: "ledger_matters");
        }
    }
}
