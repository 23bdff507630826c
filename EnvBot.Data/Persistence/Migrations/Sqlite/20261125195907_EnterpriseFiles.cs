using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnterpriseFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprise_file_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PermitClass = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateIsMonthOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprise_file_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprise_file_entries_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enterprise_file_entries_EnterpriseId_Field",
                table: "enterprise_file_entries",
                columns: new[] { "EnterpriseId", "Field" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprise_file_entries");
        }
    }
}
