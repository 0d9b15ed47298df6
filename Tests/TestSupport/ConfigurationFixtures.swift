/// `config.toml` texts for tests.
public enum ConfigurationFixtures {
    /// A file that sets every known key to a value other than its default.
    public static let everySettingChanged = """
        [visma]
        api_url = "http://127.0.0.1:8001/v2"
        identity_url = "http://127.0.0.1:8002"
        client_id = "ovsync-test"
        redirect_port = 50123

        [ongoing]
        api_url = "http://127.0.0.1:8003/demo/api/v1"
        username = "WSI-test"
        goods_owner_id = 159
        directory_url = "http://127.0.0.1:8004/directory"

        [processes.articles]
        enabled = false
        interval_seconds = 120
        additional_fields = ["name_english", "note"]

        [processes.orders]
        enabled = true
        interval_seconds = 30
        started_status = 350

        [processes.shipments]
        enabled = false
        interval_seconds = 90
        shipped_status = 500
        backorder_on_short_shipment = true

        [processes.stock]
        interval_seconds = 600
        full_sweep_hours = 12
        figure = "physical"

        """

    /// `config.toml` with one process section holding `body`, e.g. `"interval_seconds = 0"`.
    public static func process(_ name: String, _ body: String) -> String {
        "[processes.\(name)]\n\(body)\n"
    }
}
