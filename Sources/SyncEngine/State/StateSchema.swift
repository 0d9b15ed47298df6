import GRDB

/// The versioned migrations of `state.sqlite`. Add a new migration for every change; never
/// edit one that has shipped.
enum StateSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: connections, processes, links, outbox, parked items, events") { db in
            try db.create(table: "connection") { t in
                t.primaryKey("id", .text)
                t.column("visma_company", .text)
                t.column("visma_connected", .boolean).notNull().defaults(to: false)
                t.column("needs_reauthorization", .boolean).notNull().defaults(to: false)
                t.column("stock_module_active", .boolean).notNull().defaults(to: false)
                t.column("ongoing_warehouse", .text)
                t.column("ongoing_connected", .boolean).notNull().defaults(to: false)
                t.column("goods_owner_id", .integer)
                t.column("ongoing_statuses", .jsonText).notNull().defaults(to: "[]")
                t.column("updated_at", .datetime).notNull()
            }
            try db.create(table: "process_state") { t in
                t.column("connection_id", .text).notNull()
                t.column("process", .text).notNull()
                t.column("enabled", .boolean).notNull().defaults(to: true)
                t.column("state", .text).notNull()
                t.column("cursor", .datetime)
                t.column("last_run_at", .datetime)
                t.column("next_run_at", .datetime)
                t.column("last_error", .text)
                t.column("synced", .integer).notNull().defaults(to: 0)
                t.column("failed", .integer).notNull().defaults(to: 0)
                t.column("last_full_sweep_at", .datetime)
                t.column("failure_streak", .integer).notNull().defaults(to: 0)
                t.primaryKey(["connection_id", "process"])
            }
            try db.create(table: "article_link") { t in
                t.column("connection_id", .text).notNull()
                t.column("article_number", .text).notNull()
                t.column("visma_id", .text).notNull()
                t.column("ongoing_article_system_id", .integer)
                t.column("fingerprint", .text).notNull()
                t.column("visma_changed_at", .datetime)
                t.column("synced_at", .datetime).notNull()
                t.primaryKey(["connection_id", "article_number"])
            }
            try db.create(table: "order_link") { t in
                t.column("connection_id", .text).notNull()
                t.column("visma_id", .text).notNull()
                t.column("visma_number", .integer).notNull()
                t.column("ongoing_order_number", .text).notNull()
                t.column("ongoing_order_id", .integer)
                t.column("stage", .text).notNull()
                t.column("problem", .text)
                t.column("sent_fingerprint", .text)
                t.column("visma_modified_at", .datetime)
                t.column("ongoing_status", .integer)
                t.column("created_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
                t.primaryKey(["connection_id", "visma_id"])
                t.uniqueKey(["connection_id", "ongoing_order_number"])
            }
            try db.create(index: "order_link_by_stage", on: "order_link", columns: ["connection_id", "stage", "updated_at"])
            try db.create(table: "pending_operation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("connection_id", .text).notNull()
                t.column("process", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("payload", .blob).notNull()
                t.column("created_at", .datetime).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("not_before", .datetime)
                t.column("last_error", .text)
                t.uniqueKey(["connection_id", "kind", "key"])
            }
            try db.create(table: "parked_item") { t in
                t.column("connection_id", .text).notNull()
                t.column("process", .text).notNull()
                t.column("key", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("attempts", .integer).notNull()
                t.column("parked_at", .datetime).notNull()
                t.primaryKey(["connection_id", "process", "key"])
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("connection_id", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("key", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("level", .text).notNull()
                t.column("message", .text).notNull()
            }
            try db.create(index: "event_by_entity", on: "event", columns: ["connection_id", "entity", "key", "id"])
            try db.create(table: "stock_level") { t in
                t.column("connection_id", .text).notNull()
                t.column("article_number", .text).notNull()
                t.column("ongoing_quantity", .text)
                t.column("visma_quantity", .text)
                t.column("updated_at", .datetime).notNull()
                t.primaryKey(["connection_id", "article_number"])
            }
        }
        return migrator
    }
}
